import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GroupedBridge } from '../../../../electron/contract/groupedClient';
import { renderWithApp } from '../../../test/renderWithApp';
import { serverInfoForTests } from './serverInfoForTests';
import { SignInFlow } from './SignInFlow';

/** The step's chunk arrives only when the test says so. */
let chunkArrives: (() => void) | undefined;
vi.mock('./loadMfaChoice', () => ({
  preloadMfaChoiceWhenIdle: () => () => undefined,
  loadMfaChoice: () =>
    new Promise<void>((resolve) => (chunkArrives = resolve)).then(() =>
      vi.importActual<typeof import('./MfaChoice')>('./MfaChoice'),
    ),
}));

describe('SignInFlow while the "Confirm it’s you" step is loading', () => {
  it('stays at the password when a lock comes before the step has loaded', async () => {
    let hearLock: (() => void) | undefined;
    const on = ((name: string, listener: () => void) => {
      if (name === 'app.locked') hearLock = listener;
      return () => undefined;
    }) as GroupedBridge['on'];
    const password = vi.fn(() =>
      Promise.resolve({
        status: 'mfa_required' as const,
        methods: ['totp' as const],
        phones: [],
        codeFromThisComputer: false,
      }),
    );
    renderWithApp(<SignInFlow />, { signIn: { server: serverInfoForTests(), password }, on });
    await userEvent.type(screen.getByLabelText('Username'), 'dana');
    await userEvent.type(screen.getByLabelText('Password'), 'not-the-password{Enter}');
    // The password is answered and the step's chunk asked for; it has not come yet.
    await vi.waitFor(() => expect(chunkArrives).toBeDefined());
    expect(password).toHaveBeenCalledTimes(1);
    act(() => hearLock?.());
    act(() => chunkArrives?.());
    // The password step's action is over once its button is no longer "Working…".
    await screen.findByRole('button', { name: 'Sign in' }, { timeout: 5_000 });
    // The lock ended the host's open sign-in: its step would only fail.
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to your ID account' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Confirm it’s you' })).toBeNull();
  });
});
