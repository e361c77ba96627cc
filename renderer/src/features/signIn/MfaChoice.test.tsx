import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AccountStatus, MfaStep } from '../../../../electron/contract/accountStatus';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../test/renderWithApp';
import { MfaChoice, type SignedInStep } from './MfaChoice';

const account: AccountStatus = {
  username: 'tess',
  displayName: 'Tess',
  server: 'http://127.0.0.1:4123',
  scope: 'full',
  fresh: true,
  methods: [],
  recoveryCode: { status: 'confirmed' },
  compliance: { enforceFrom: '2025-03-07', enforced: true, compliant: true, missing: [] },
};
const signedIn: SignedInStep = { status: 'signed_in', account, recoveryCodeUsed: false };

const step = (over: Partial<MfaStep> = {}): MfaStep => ({
  status: 'mfa_required',
  methods: ['totp', 'phone', 'recovery_code'],
  phones: [{ factorId: 'fac_p', masked: '•••-•••-0101', channels: ['sms', 'voice'] }],
  codeFromThisComputer: false,
  ...over,
});

describe('MfaChoice', () => {
  it('offers the code from DeskID on this computer first, and signs in with it in one click', async () => {
    const codeFromThisComputer = vi.fn(() => Promise.resolve(signedIn));
    const onSignedIn = vi.fn();
    renderWithApp(<MfaChoice step={step({ codeFromThisComputer: true })} onSignedIn={onSignedIn} />, {
      signIn: { codeFromThisComputer },
    });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Use the code from DeskID on this computer',
      'Enter a code from your authenticator app',
      'Get a code on your phone •••-•••-0101',
      'Use your recovery code',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Use the code from DeskID on this computer' }));
    expect(codeFromThisComputer).toHaveBeenCalledOnce();
    expect(onSignedIn).toHaveBeenCalledWith(signedIn);
  });

  it('opens the locked DeskID profile linked to the account with its PIN, then signs in with its code', async () => {
    const unlock = vi
      .fn()
      .mockRejectedValueOnce(new DeskIdError('wrong_pin', 'wrong', { attemptsLeft: 4 }))
      .mockResolvedValueOnce({ id: 'prof_1', name: 'Dana', hasPin: true, unlocked: true });
    const codeFromThisComputer = vi.fn(() => Promise.resolve(signedIn));
    const onSignedIn = vi.fn();
    renderWithApp(
      <MfaChoice step={step({ lockedProfile: { id: 'prof_1', name: 'Dana' } })} onSignedIn={onSignedIn} />,
      { signIn: { codeFromThisComputer }, profiles: { unlock } },
    );
    expect(screen.getByText('Open your DeskID profile “Dana” with its PIN; DeskID then makes the code.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Use the code from DeskID on this computer' }));
    const pin = screen.getByLabelText('PIN of “Dana”');
    expect(pin.getAttribute('type')).toBe('password');
    await userEvent.type(pin, '482910{Enter}');
    expect(codeFromThisComputer).not.toHaveBeenCalled();
    expect(await screen.findByText('That PIN is not right. Try again.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('PIN of “Dana”'), '482913{Enter}');
    expect(unlock).toHaveBeenLastCalledWith({ id: 'prof_1', pin: '482913' });
    expect(codeFromThisComputer).toHaveBeenCalledOnce();
    expect(onSignedIn).toHaveBeenCalledWith(signedIn);
  });

  it('does not offer the code from this computer when the profile does not hold the account', () => {
    renderWithApp(<MfaChoice step={step()} onSignedIn={vi.fn()} />, {});
    expect(screen.queryByRole('button', { name: 'Use the code from DeskID on this computer' })).toBeNull();
  });

  it('shows the tries left after a wrong authenticator code, then the lock with a way to another method', async () => {
    const code = vi
      .fn()
      .mockRejectedValueOnce(new DeskIdError('invalid_code', 'wrong', { attemptsLeft: 3 }))
      .mockRejectedValueOnce(new DeskIdError('factor_locked', 'locked', { retryAfter: 900 }));
    renderWithApp(<MfaChoice step={step()} onSignedIn={vi.fn()} />, { signIn: { code } });
    await userEvent.click(screen.getByRole('button', { name: 'Enter a code from your authenticator app' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Code from your authenticator app' }));
    await userEvent.type(screen.getByLabelText('The 6-digit code your app shows now'), '123456{Enter}');
    expect(code).toHaveBeenCalledWith({ method: 'totp', code: '123456' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That code is not right. 3 tries left before this method is locked.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByRole('timer')).textContent).toBe('15 min 0 s');
    expect(screen.getByRole('alert').textContent).toContain('this method is locked for now');
    expect(screen.getByRole('button', { name: 'Confirm' })).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('button', { name: 'Choose another way' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Enter a code from your authenticator app' }),
    );
  });

  it('sends a phone code by voice, then signs in with it; resend waits for the server', async () => {
    const sendPhoneCode = vi.fn(() => Promise.resolve({ expiresIn: 300, resendAfter: 30 }));
    const code = vi.fn(() => Promise.resolve(signedIn));
    const onSignedIn = vi.fn();
    renderWithApp(<MfaChoice step={step()} onSignedIn={onSignedIn} />, { signIn: { sendPhoneCode, code } });
    await userEvent.click(screen.getByRole('button', { name: 'Get a code on your phone •••-•••-0101' }));
    await userEvent.click(screen.getByRole('button', { name: 'Call me with a code' }));
    expect(sendPhoneCode).toHaveBeenCalledWith({ factorId: 'fac_p', channel: 'voice' });
    expect(await screen.findByText(/We are calling •••-•••-0101/)).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('30 s');
    expect(screen.getByRole('button', { name: 'Call me with a new code' })).toHaveProperty('disabled', true);
    await userEvent.type(screen.getByLabelText('The 6-digit code'), '654321{Enter}');
    expect(code).toHaveBeenCalledWith({ method: 'phone', factorId: 'fac_p', code: '654321' });
    expect(onSignedIn).toHaveBeenCalledWith(signedIn);
  });

  it('speaks Spanish', () => {
    renderWithApp(<MfaChoice step={step()} onSignedIn={vi.fn()} />, {}, { language: 'es' });
    expect(screen.getByRole('button', { name: 'Usar su código de recuperación' })).toBeTruthy();
  });
});
