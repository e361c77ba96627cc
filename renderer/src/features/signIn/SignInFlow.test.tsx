import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../test/renderWithApp';
import { queryCache } from '../../data/queryCache';
import { accountKey } from '../../data/accountQuery';
import { serverInfoForTests } from './serverInfoForTests';
import { SignInFlow } from './SignInFlow';
import type { GroupedBridge } from '../../../../electron/contract/groupedClient';
import { setWizardNotice } from '../enrollment/wizardNotice';

const server = serverInfoForTests();

afterEach(() => {
  vi.useRealTimers();
  setWizardNotice(undefined);
});

async function signIn(password = 'not-the-password') {
  await userEvent.type(screen.getByLabelText('Username'), 'dana');
  await userEvent.type(screen.getByLabelText('Password'), `${password}{Enter}`);
}

/** The password's answer when the account has a method: "Confirm it’s you" with an authenticator code. */
const askForAMethod = () =>
  Promise.resolve({
    status: 'mfa_required' as const,
    methods: ['totp' as const],
    phones: [],
    codeFromThisComputer: false,
  });

describe('SignInFlow', () => {
  it('says why, with the server’s enforcement date below the button, and autocomplete on both fields', async () => {
    renderWithApp(<SignInFlow />, { signIn: { server } });
    expect(screen.getByText(/^Your ID account needs a passkey, an authenticator app or a phone/)).toBeTruthy();
    const serverLine = await screen.findByText(/^Required from March 7, 2025\. ID server: /);
    // What arrives after the first paint goes below the button, so it moves nothing a person aims at.
    const button = screen.getByRole('button', { name: 'Sign in' });
    expect(button.compareDocumentPosition(serverLine) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByLabelText('Username').getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('current-password');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Sign in to your ID account' }));
  });

  it('says a wrong password in words', async () => {
    const password = vi.fn(() => Promise.reject(new DeskIdError('invalid_credentials', 'x')));
    renderWithApp(<SignInFlow />, { signIn: { server, password } });
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The username or password is not right. Check them and try again.',
    );
    expect(password).toHaveBeenCalledWith({ username: 'dana', password: 'not-the-password' });
  });

  it('counts a lock down live in a timer, with the button disabled until it ends', async () => {
    // The clock is the test's: the countdown's interval and Date.now() move only when the test says.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const password = vi.fn(() => Promise.reject(new DeskIdError('account_locked', 'x', { retryAfter: 62 })));
    renderWithApp(<SignInFlow />, { signIn: { server, password } });
    await signIn();
    const timer = await screen.findByRole('timer');
    expect(timer.textContent).toBe('1 min 2 s');
    expect(screen.getByRole('alert').textContent).toContain('your account is locked for now');
    expect(timer.getAttribute('aria-live')).toBe('off');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', true);
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(screen.getByRole('timer').textContent).toBe('59 s');
    await act(() => vi.advanceTimersByTimeAsync(59_000));
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('The wait is over: you can try again now.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false);
  });

  it('counts a rate limit down too', async () => {
    const password = vi.fn(() => Promise.reject(new DeskIdError('rate_limited', 'x', { retryAfter: 40 })));
    renderWithApp(<SignInFlow />, { signIn: { server, password } });
    await signIn();
    expect((await screen.findByRole('timer')).textContent).toBe('40 s');
    expect(screen.getByRole('alert').textContent).toContain('Too many attempts from this computer');
  });

  it('goes on to "Confirm it’s you" when the server asks for a method, and Back returns to the password', async () => {
    const password = vi.fn(askForAMethod);
    renderWithApp(<SignInFlow />, { signIn: { server, password } });
    await signIn();
    // The step's code loads on first use (loadMfaChoice): the heading, then the focus on it.
    const heading = await screen.findByRole('heading', { level: 1, name: 'Confirm it’s you' });
    expect(document.activeElement).toBe(heading);
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to your ID account' })).toBeTruthy();
  });

  it('cancels at "Confirm it’s you": signs out (dropping the open sign-in) and says so on the sign-in step', async () => {
    const password = vi.fn(askForAMethod);
    const signOut = vi.fn(() => Promise.resolve({ done: true as const }));
    renderWithApp(<SignInFlow />, { signIn: { server, password, signOut } });
    await signIn();
    await screen.findByRole('heading', { level: 1, name: 'Confirm it’s you' });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel set-up' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to your ID account' })).toBeTruthy();
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('cancelled');
  });

  it.each([
    ['idle', 'DeskID signed you out because nobody used it for a while'],
    ['os_lock', 'DeskID signed you out because this computer was locked or went to sleep.'],
  ] as const)(
    'at "Confirm it’s you", an %s lock goes back to the password step, which says why',
    async (reason, words) => {
      let hearLock: (() => void) | undefined;
      const on = ((name: string, listener: () => void) => {
        if (name === 'app.locked') hearLock = listener;
        return () => undefined;
      }) as GroupedBridge['on'];
      renderWithApp(<SignInFlow />, { signIn: { server, password: vi.fn(askForAMethod) }, on });
      await signIn();
      await screen.findByRole('heading', { level: 1, name: 'Confirm it’s you' });
      // HostEvents sets the notice and hears the lock first; the flow hears it too.
      act(() => {
        setWizardNotice(reason === 'idle' ? 'signedOutIdle' : 'signedOutLocked');
        hearLock?.();
      });
      expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to your ID account' })).toBeTruthy();
      expect(screen.getByRole('status').textContent).toContain(words);
      expect(screen.queryByRole('heading', { name: 'Confirm it’s you' })).toBeNull();
    },
  );

  it('puts the account in place when signed in, so the wizard moves on', async () => {
    const account = {
      username: 'dana',
      displayName: 'Dana',
      server: 'http://127.0.0.1:4123',
      scope: 'enroll' as const,
      fresh: false,
      methods: [],
      recoveryCode: { status: 'none' as const },
      compliance: { enforceFrom: '2025-03-07', enforced: true, compliant: false, missing: ['mfa_method' as const] },
    };
    const password = vi.fn(() => Promise.resolve({ status: 'signed_in' as const, account, recoveryCodeUsed: false }));
    renderWithApp(<SignInFlow />, { signIn: { server, password } });
    await signIn();
    await vi.waitFor(() => expect(queryCache.get(accountKey)?.value).toEqual(account));
  });

  it('speaks Spanish', async () => {
    renderWithApp(<SignInFlow />, { signIn: { server } }, { language: 'es' });
    expect(await screen.findByText(/^Obligatorio desde el 7 de marzo de 2025\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Iniciar sesión' })).toBeTruthy();
  });
});
