import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AccountStatus } from '../../../../electron/contract/accountStatus';
import { renderWithApp } from '../../../test/renderWithApp';
import { serverInfoForTests } from '../signIn/serverInfoForTests';
import WizardScreen from './WizardScreen';

const withPhone: AccountStatus = {
  username: 'dana',
  displayName: 'Dana',
  server: 'http://127.0.0.1:4123',
  scope: 'enroll',
  fresh: false,
  methods: [
    { id: 'fac_1', type: 'phone', label: 'Phone ending 0199', verified: true, createdAt: '2026-12-03T10:00:00.000Z' },
  ],
  recoveryCode: { status: 'issued', issuedAt: '2026-12-03T10:01:00.000Z' },
  compliance: { enforceFrom: '2025-03-07', enforced: true, compliant: false, missing: ['recovery_code'] },
};

describe('the wizard’s Back', () => {
  it('goes from the recovery code to the method choice to add another method, and on again (no Back there)', async () => {
    const recoveryCode = vi.fn(() =>
      Promise.resolve({
        groups: ['4921', '0387', '5566', '1202'] as [string, string, string, string],
        issuedAt: '2026-12-03T10:01:00.000Z',
      }),
    );
    renderWithApp(<WizardScreen />, {
      signIn: { status: () => Promise.resolve(withPhone), server: serverInfoForTests() },
      enrollment: { recoveryCode },
    });
    expect(await screen.findByText('Step 4 of 4')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Step 2 of 4')).toBeTruthy();
    // A "Back" on step 2 that led to step 4 read as going forward: the way on says where it goes.
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Go on to my recovery code' }));
    expect(await screen.findByText('Step 4 of 4')).toBeTruthy();
  });

  it('goes from the method choice back to the sign-in, which signs out', async () => {
    const signOut = vi.fn(() => Promise.resolve({ done: true as const }));
    const noMethod: AccountStatus = { ...withPhone, methods: [], recoveryCode: { status: 'none' } };
    const status = vi.fn().mockResolvedValueOnce(noMethod).mockResolvedValue(null);
    renderWithApp(<WizardScreen />, { signIn: { status, server: serverInfoForTests(), signOut } });
    expect(await screen.findByText('Step 2 of 4')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Back' }));
    expect(signOut).toHaveBeenCalledOnce();
    expect(await screen.findByText('Step 1 of 4')).toBeTruthy();
  });
});

// Shown under "Loading…", Back and Cancel would drop down the page when the step's content
// came, maybe under a pointer already pressing one (a click then lands on nothing).
describe('Back and Cancel wait for the step’s content', () => {
  const never = () => new Promise<never>(() => undefined);

  it('on the recovery code step, until the code is there', async () => {
    let answer: (code: { groups: [string, string, string, string]; issuedAt: string }) => void = () => undefined;
    const recoveryCode = vi.fn(() => new Promise<Parameters<typeof answer>[0]>((resolve) => (answer = resolve)));
    renderWithApp(<WizardScreen />, {
      signIn: { status: () => Promise.resolve(withPhone), server: serverInfoForTests() },
      enrollment: { recoveryCode },
    });
    expect(await screen.findByText('Getting your recovery code…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel set-up' })).toBeNull();
    answer({ groups: ['4921', '0387', '5566', '1202'], issuedAt: '2026-12-03T10:01:00.000Z' });
    expect(await screen.findByRole('button', { name: 'Back' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel set-up' })).toBeTruthy();
  });

  it('on the method choice, until the server has said which methods it offers', async () => {
    const noMethod: AccountStatus = { ...withPhone, methods: [], recoveryCode: { status: 'none' } };
    renderWithApp(<WizardScreen />, { signIn: { status: () => Promise.resolve(noMethod), server: never } });
    expect(await screen.findByText('Step 2 of 4')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel set-up' })).toBeNull();
  });
});
