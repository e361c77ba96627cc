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
    const profile = { id: 'p1', name: 'Dana', hasPin: true, unlocked: true };
    renderWithApp(<MethodStage account={account(true)} mode="add" onFinished={onFinished} />, {
      signIn: { server: serverWith(['totp', 'phone']) },
      profiles: {
        list: () => Promise.resolve({ profiles: [profile], pinRequired: true, keychain: { reachable: true } }),
        unlock: () => Promise.resolve(profile),
      },
      enrollment: {
        addAuthenticatorHere: () =>
          Promise.resolve({
            method: {
              id: 'fac_t',
              type: 'totp',
              label: 'DeskID',
              verified: true,
              createdAt: '2026-01-01T00:00:00.000Z',
            },
            profileName: 'Dana',
          }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Choose Authenticator app + phone' }));
    await userEvent.click(await screen.findByRole('button', { name: 'DeskID on this computer' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Open my profile' }));
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
