import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../test/renderWithApp';
import { PinReset } from './PinReset';

const ben = { id: 'p2', name: 'Ben Okafor' };
/** Ben's ID-server username: never on a locked screen. */
const username = 'b.okafor.7';
const linked = () =>
  vi.fn(() => Promise.resolve({ account: { server: 'https://id.example.org', username }, ready: true }));
const phoneOnly = {
  methods: ['phone' as const],
  phones: [{ factorId: 'f1', masked: '•••-•••-0101', channels: ['sms' as const] }],
};
/** The host's `profiles.resetPinCancel`. */
const cancelled = () => vi.fn(() => Promise.resolve({ done: true as const }));
const opened = { id: 'p2', name: 'Ben Okafor', hasPin: true, unlocked: true };

/** The focused element is the level-2 heading with this name. */
async function expectFocusedHeading(name: string): Promise<void> {
  const heading = await screen.findByRole('heading', { level: 2, name });
  expect(document.activeElement).toBe(heading);
}

/** Ben's reset, signed in with the password, at the code step of an account with an authenticator and a phone. */
async function signInWithAuthenticator(resetPinProve: () => Promise<{ done: true }>): Promise<void> {
  renderWithApp(<PinReset profile={ben} onDone={vi.fn()} onBack={vi.fn()} />, {
    profiles: {
      pinResetInfo: linked(),
      resetPinSignIn: vi.fn(() => Promise.resolve({ ...phoneOnly, methods: ['totp' as const, 'phone' as const] })),
      resetPinProve,
      resetPinCancel: cancelled(),
    },
  });
  await userEvent.type(await screen.findByLabelText('Password of your ID account'), 'pw{Enter}');
}

describe('PinReset', () => {
  it('signs in (password, then a texted code), then sets the new PIN under the PIN rules', async () => {
    const onDone = vi.fn();
    const resetPinSignIn = vi.fn(() => Promise.resolve(phoneOnly));
    const resetPinSendCode = vi.fn(() => Promise.resolve({ expiresIn: 300, resendAfter: 30 }));
    const resetPinProve = vi
      .fn()
      .mockRejectedValueOnce(new DeskIdError('invalid_code', 'x', { attemptsLeft: 4 }))
      .mockResolvedValue({ done: true });
    const resetPinFinish = vi
      .fn()
      .mockRejectedValueOnce(
        new DeskIdError('invalid_pin', 'x', {
          rule: 'run',
          minLength: 6,
          maxLength: 64,
        }),
      )
      .mockResolvedValue(opened);
    renderWithApp(<PinReset profile={ben} onDone={onDone} onBack={vi.fn()} />, {
      profiles: {
        ...{ pinResetInfo: linked(), resetPinSignIn, resetPinSendCode, resetPinProve, resetPinFinish },
        resetPinCancel: cancelled(),
      },
    });
    await expectFocusedHeading('Reset your PIN by signing in to https://id.example.org');
    expect(screen.getByText(/linked to the profile of Ben Okafor\. Then choose a new PIN/)).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(username);
    await userEvent.type(screen.getByLabelText('Password of your ID account'), 'Clinic-desk-password-7');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(resetPinSignIn).toHaveBeenCalledWith({ id: 'p2', password: 'Clinic-desk-password-7' });

    await expectFocusedHeading('Confirm it is you');
    // Phone only: no code field until a code was sent.
    expect(screen.queryByLabelText('The 6-digit code we sent')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Text me a code at •••-•••-0101' }));
    expect(resetPinSendCode).toHaveBeenCalledWith({ factorId: 'f1', channel: 'sms' });
    expect(await screen.findByText('A code is on its way to •••-•••-0101.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('The 6-digit code we sent'), '000000');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('That code is not right. 4 tries left before this method is locked.')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('The 6-digit code we sent'));
    await userEvent.type(screen.getByLabelText('The 6-digit code we sent'), '123456');
    await userEvent.keyboard('{Enter}');
    expect(resetPinProve).toHaveBeenLastCalledWith({ method: 'phone', factorId: 'f1', code: '123456' });

    await expectFocusedHeading('Choose a new PIN');
    expect(screen.getByLabelText('Choose a PIN').getAttribute('inputmode')).toBe('numeric');
    expect(screen.getByText('Digits only: at least 6, not all the same and not in a row (like 123456).')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Choose a PIN'), '58203');
    await userEvent.type(screen.getByLabelText('Type the PIN again'), '58204');
    await userEvent.click(screen.getByRole('button', { name: 'Set my new PIN' }));
    expect(screen.getByText('The PIN needs at least 6 digits.')).toBeTruthy();
    expect(screen.getByText('The two PINs are not the same. Type them again.')).toBeTruthy();
    expect(resetPinFinish).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText('Choose a PIN'));
    await userEvent.clear(screen.getByLabelText('Type the PIN again'));
    await userEvent.type(screen.getByLabelText('Choose a PIN'), '345678');
    await userEvent.type(screen.getByLabelText('Type the PIN again'), '345678');
    await userEvent.click(screen.getByRole('button', { name: 'Set my new PIN' }));
    expect(
      await screen.findByText(
        /^This PIN is a straight run of digits, so it is easy to guess. Choose at least 6 digits/,
      ),
    ).toBeTruthy();

    await userEvent.clear(screen.getByLabelText('Choose a PIN'));
    await userEvent.clear(screen.getByLabelText('Type the PIN again'));
    await userEvent.type(screen.getByLabelText('Choose a PIN'), '582039');
    await userEvent.type(screen.getByLabelText('Type the PIN again'), '582039');
    await userEvent.click(screen.getByRole('button', { name: 'Set my new PIN' }));
    expect(resetPinFinish).toHaveBeenLastCalledWith({ newPin: '582039' });
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(opened));
  });

  it('names the profile, not its ID account, in Spanish too', async () => {
    renderWithApp(
      <PinReset profile={ben} onDone={vi.fn()} onBack={vi.fn()} />,
      { profiles: { pinResetInfo: linked(), resetPinCancel: cancelled() } },
      { language: 'es' },
    );
    await expectFocusedHeading('Restablezca su PIN iniciando sesión en https://id.example.org');
    expect(screen.getByText(/vinculada al perfil de Ben Okafor\. Después elija un PIN nuevo/)).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(username);
  });

  it('takes an authenticator code when the account has one, and phones as the other way', async () => {
    const resetPinProve = vi.fn(() => Promise.resolve({ done: true as const }));
    await signInWithAuthenticator(resetPinProve);
    await expectFocusedHeading('Confirm it is you');
    expect(screen.getByText('Or get a code on your phone:')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('The 6-digit code from your authenticator app'), '654321{Enter}');
    expect(resetPinProve).toHaveBeenCalledWith({ method: 'totp', code: '654321' });
    await expectFocusedHeading('Choose a new PIN');
  });

  it('says what is wrong with a code that cannot be one, on the field, without sending it', async () => {
    const resetPinProve = vi.fn(() => Promise.resolve({ done: true as const }));
    await signInWithAuthenticator(resetPinProve);
    const field = await screen.findByLabelText('The 6-digit code from your authenticator app');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Type the 6-digit code.')).toBeTruthy();
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(field, '65432O{Enter}');
    expect(screen.getByText(/^The code is digits only/).getAttribute('role')).toBe('alert');
    expect(resetPinProve).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, '654 321{Enter}');
    expect(resetPinProve).toHaveBeenCalledWith({ method: 'totp', code: '654321' });
    await expectFocusedHeading('Choose a new PIN');
  });

  it('says plainly when the profile is linked to no ID account, and what IT can do', async () => {
    const onBack = vi.fn();
    renderWithApp(<PinReset profile={ben} onDone={vi.fn()} onBack={onBack} />, {
      profiles: { pinResetInfo: vi.fn(() => Promise.resolve({ account: null, ready: false })) },
    });
    await expectFocusedHeading('This PIN cannot be reset here');
    expect(screen.getByText(/The profile of Ben Okafor is not linked to an ID account/)).toBeTruthy();
    expect(screen.getByText(/Ask IT for help/)).toBeTruthy();
    expect(screen.queryByLabelText('Password of your ID account')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the list of people' }));
    expect(onBack).toHaveBeenCalled();
  });

  it('says so when the reset was never set up for the profile', async () => {
    renderWithApp(<PinReset profile={ben} onDone={vi.fn()} onBack={vi.fn()} />, {
      profiles: {
        pinResetInfo: vi.fn(() =>
          Promise.resolve({ account: { server: 'https://id.example.org', username }, ready: false }),
        ),
      },
    });
    await expectFocusedHeading('This PIN cannot be reset here');
    expect(screen.getByText(/never set up for the profile of Ben Okafor/)).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(username);
  });

  it('the new-PIN step has a Cancel that forgets the sign-in on the host and goes back', async () => {
    const onBack = vi.fn();
    const resetPinCancel = cancelled();
    renderWithApp(<PinReset profile={ben} onDone={vi.fn()} onBack={onBack} />, {
      profiles: {
        pinResetInfo: linked(),
        resetPinSignIn: vi.fn(() => Promise.resolve({ ...phoneOnly, methods: ['totp' as const] })),
        resetPinProve: vi.fn(() => Promise.resolve({ done: true as const })),
        resetPinCancel,
      },
    });
    await userEvent.type(await screen.findByLabelText('Password of your ID account'), 'pw{Enter}');
    await userEvent.type(await screen.findByLabelText('The 6-digit code from your authenticator app'), '654321{Enter}');
    await expectFocusedHeading('Choose a new PIN');
    expect(resetPinCancel).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(resetPinCancel).toHaveBeenCalledWith({});
    expect(onBack).toHaveBeenCalled();
  });

  it('leaving the screen during the reset forgets the sign-in on the host', async () => {
    const resetPinCancel = cancelled();
    const { unmount } = renderWithApp(<PinReset profile={ben} onDone={vi.fn()} onBack={vi.fn()} />, {
      profiles: {
        pinResetInfo: linked(),
        resetPinSignIn: vi.fn(() => Promise.resolve({ ...phoneOnly, methods: ['totp' as const] })),
        resetPinCancel,
      },
    });
    await userEvent.type(await screen.findByLabelText('Password of your ID account'), 'pw{Enter}');
    await expectFocusedHeading('Confirm it is you');
    expect(resetPinCancel).not.toHaveBeenCalled();
    unmount();
    expect(resetPinCancel).toHaveBeenCalledWith({});
  });

  it('speaks Spanish', async () => {
    renderWithApp(
      <PinReset profile={ben} onDone={vi.fn()} onBack={vi.fn()} />,
      { profiles: { pinResetInfo: linked(), resetPinCancel: cancelled() } },
      { language: 'es' },
    );
    await expectFocusedHeading('Restablezca su PIN iniciando sesión en https://id.example.org');
    expect(screen.getByLabelText('Contraseña de su cuenta de identidad')).toBeTruthy();
  });
});
