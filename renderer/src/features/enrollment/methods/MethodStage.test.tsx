import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AccountStatus } from '../../../../../electron/contract/accountStatus';
import type { CallOutput } from '../../../../../electron/contract/calls';
import { renderWithApp } from '../../../../test/renderWithApp';
import { serverInfoForTests } from '../../signIn/serverInfoForTests';
import { MethodStage } from './MethodStage';

const account = (enforced: boolean): AccountStatus => ({
  username: 'dana',
  displayName: 'Dana',
  server: 'http://127.0.0.1:4123',
  scope: enforced ? 'enroll' : 'full',
  fresh: true,
  methods: [],
  recoveryCode: { status: 'none' },
  compliance: { enforceFrom: '2099-01-01', enforced, compliant: false, missing: ['mfa_method', 'recovery_code'] },
});

const serverWith = (methods: CallOutput<'signIn.server'>['methods']) =>
  serverInfoForTests({ methods, enforceFrom: '2099-01-01', enforced: false });

/** The bridge for DeskID as the authenticator, in the unlocked profile "Dana". */
function authenticatorBridge(methods: CallOutput<'signIn.server'>['methods']) {
  const profile = { id: 'p1', name: 'Dana', hasPin: true, unlocked: true };
  return {
    signIn: { server: serverWith(methods), signOut: vi.fn(() => Promise.resolve({ done: true as const })) },
    profiles: {
      list: () => Promise.resolve({ profiles: [profile], pinRequired: true, keychain: { reachable: true } }),
      unlock: () => Promise.resolve(profile),
    },
    enrollment: {
      addAuthenticatorHere: () =>
        Promise.resolve({
          method: {
            id: 'fac_t',
            type: 'totp' as const,
            label: 'DeskID',
            verified: true,
            createdAt: '2026-01-01T00:00:00.000Z',
          },
          profileName: 'Dana',
        }),
    },
  };
}

/** Chooses the authenticator, DeskID on this computer, and opens the profile: the backup offer follows. */
async function setUpAuthenticatorHere() {
  await userEvent.click(await screen.findByRole('button', { name: 'Choose Authenticator app + phone' }));
  await userEvent.click(await screen.findByRole('button', { name: 'DeskID on this computer' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Open my profile' }));
}

const phoneMethod: AccountStatus['methods'][number] = {
  id: 'fac_p',
  type: 'phone',
  label: 'Phone ending 0101',
  verified: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  phone: { masked: '•••-•••-0101', lineType: 'mobile', channels: ['sms', 'voice'] },
};

describe('MethodStage', () => {
  it('shows the three options side by side, passkey marked most secure, no email, and says where email went', async () => {
    renderWithApp(<MethodStage account={account(true)} />, {
      signIn: { server: serverWith(['passkey', 'totp', 'phone']) },
    });
    const names = (await screen.findAllByRole('heading', { level: 2 })).map((heading) => heading.textContent);
    expect(names).toEqual(['Passkey', 'Authenticator app + phone', 'Password + phone', 'No smartphone at work?']);
    expect(screen.getByText('Most secure')).toBeTruthy();
    expect(screen.getByText('Step 2 of 4')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /email/i })).toBeNull();
    await userEvent.click(screen.getByText('Where is email?'));
    expect(screen.getByText(/no longer accepts email for recovery or sign-in codes/).textContent).toContain(
      'shared or taken over',
    );
    expect(screen.queryByText(/Set up by/)).toBeNull();
  });

  it('offers only the methods the server offers', async () => {
    renderWithApp(<MethodStage account={account(true)} />, { signIn: { server: serverWith(['totp']) } });
    expect(await screen.findByRole('button', { name: 'Choose Authenticator app + phone' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Choose Passkey' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Choose Password + phone' })).toBeNull();
  });

  it('warns "Set up by <date>" before the enforcement date', async () => {
    renderWithApp(<MethodStage account={account(false)} />, { signIn: { server: serverWith(['phone']) } });
    expect(await screen.findByText(/^Set up by January 1, 2099\./)).toBeTruthy();
  });

  it('in add mode has a plain heading and Back returns to the manage page', async () => {
    const onFinished = vi.fn();
    renderWithApp(<MethodStage account={account(true)} mode="add" onFinished={onFinished} />, {
      signIn: { server: serverWith(['phone']) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Add another sign-in method' })).toBeTruthy();
    expect(screen.queryByText(/Step \d of 4/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onFinished).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('after the authenticator, Back leaves the backup phone’s form for the offer, then the offer for the choice; Back from there reports the method added', async () => {
    const onFinished = vi.fn();
    renderWithApp(
      <MethodStage account={account(true)} mode="add" onFinished={onFinished} />,
      authenticatorBridge(['totp', 'phone']),
    );
    await setUpAuthenticatorHere();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a phone' }));
    expect(await screen.findByLabelText('Phone number')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.queryByLabelText('Phone number')).toBeNull();
    expect(screen.getByRole('button', { name: 'Skip for now' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Add another sign-in method' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onFinished).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('on step 2 with a method already set up, offers no Back but the way on to the recovery code', async () => {
    const onFinished = vi.fn();
    const withPhone: AccountStatus = { ...account(true), methods: [phoneMethod] };
    renderWithApp(<MethodStage account={withPhone} onFinished={onFinished} />, {
      signIn: { server: serverWith(['passkey', 'totp', 'phone']) },
    });
    expect(await screen.findByText('Step 2 of 4')).toBeTruthy();
    expect(screen.getByText(/You already have a sign-in method/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Go on to my recovery code' }));
    expect(onFinished).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('first time through: Back from the backup offer leads to step 2, which then goes on instead of signing out', async () => {
    const bridge = authenticatorBridge(['totp', 'phone']);
    renderWithApp(<MethodStage account={account(true)} />, bridge);
    await setUpAuthenticatorHere();
    expect(await screen.findByRole('heading', { level: 1, name: 'Add a phone as a backup?' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Step 2 of 4')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Go on to my recovery code' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel set-up' })).toBeTruthy();
    expect(bridge.signIn.signOut).not.toHaveBeenCalled();
  });

  it('offers no backup phone to an account that has a phone already', async () => {
    const onFinished = vi.fn();
    renderWithApp(
      <MethodStage account={{ ...account(true), methods: [phoneMethod] }} mode="add" onFinished={onFinished} />,
      authenticatorBridge(['totp', 'phone']),
    );
    await setUpAuthenticatorHere();
    expect(await screen.findByRole('heading', { level: 1, name: 'Your authenticator is set up' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a phone' })).toBeNull();
    expect(screen.queryByText(/backup/i)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onFinished).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('speaks Spanish', async () => {
    renderWithApp(
      <MethodStage account={account(true)} />,
      { signIn: { server: serverWith(['passkey', 'totp', 'phone']) } },
      { language: 'es' },
    );
    expect(await screen.findByText('La más segura')).toBeTruthy();
    expect(screen.getByText('¿Y el correo electrónico?')).toBeTruthy();
  });
});
