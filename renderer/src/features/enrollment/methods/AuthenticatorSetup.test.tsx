import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Method } from '../../../../../electron/contract/accountStatus';
import { renderWithApp } from '../../../../test/renderWithApp';
import { AuthenticatorSetup } from './AuthenticatorSetup';

const method: Method = {
  id: 'fac_t',
  type: 'totp',
  label: 'DeskID',
  verified: true,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const profile = { id: 'p1', name: 'Dana', hasPin: true, unlocked: false };

describe('AuthenticatorSetup', () => {
  it('DeskID on this computer: opens the profile with its PIN, then adds and verifies with no QR and no key on screen', async () => {
    const unlock = vi.fn(() => Promise.resolve({ ...profile, unlocked: true }));
    const addAuthenticatorHere = vi.fn(() => Promise.resolve({ method, profileName: 'Dana' }));
    const onDone = vi.fn();
    renderWithApp(<AuthenticatorSetup onDone={onDone} />, {
      profiles: {
        list: () => Promise.resolve({ profiles: [profile], pinRequired: true, keychain: { reachable: true } }),
        unlock,
      },
      enrollment: { addAuthenticatorHere },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'DeskID on this computer' }));
    expect(screen.getByRole('radio', { name: 'Dana' })).toHaveProperty('checked', true);
    await userEvent.type(screen.getByLabelText('Your PIN'), '482913{Enter}');
    expect(unlock).toHaveBeenCalledWith({ id: 'p1', pin: '482913' });
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith({ where: 'here', profileName: 'Dana' }));
    expect(addAuthenticatorHere).toHaveBeenCalledWith({});
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows DeskID on this computer as unavailable, with the reason, when the keychain does not answer; the phone app still works', async () => {
    const addAuthenticatorPhone = vi.fn(() =>
      Promise.resolve({
        factorId: 'fac_p',
        qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
        setupKey: 'JBSW Y3DP EHPK 3PXP',
      }),
    );
    renderWithApp(<AuthenticatorSetup onDone={vi.fn()} />, {
      profiles: {
        list: () =>
          Promise.resolve({
            profiles: [],
            pinRequired: true,
            keychain: { reachable: false, problem: 'The keyring is locked.' },
          }),
      },
      enrollment: { addAuthenticatorPhone },
    });
    expect(await screen.findByText('Not available on this computer: The keyring is locked.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'DeskID on this computer' })).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('button', { name: 'An app on my phone' }));
    expect(screen.getByRole('img', { name: /QR code/ }).getAttribute('src')).toMatch(
      /^data:image\/svg\+xml;utf8,%3Csvg/,
    );
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    expect(screen.getByText(/Microsoft Authenticator \(preferred\)/)).toBeTruthy();
  });

  it('creates a profile: the two PINs must match before anything is sent', async () => {
    const create = vi.fn(() => Promise.resolve({ id: 'p2', name: 'Sam', hasPin: true, unlocked: true }));
    renderWithApp(<AuthenticatorSetup onDone={vi.fn()} />, {
      profiles: {
        list: () => Promise.resolve({ profiles: [], pinRequired: true, keychain: { reachable: true } }),
        create,
      },
      enrollment: { addAuthenticatorHere: () => Promise.resolve({ method, profileName: 'Sam' }) },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'DeskID on this computer' }));
    await userEvent.type(screen.getByLabelText('Your name'), 'Sam');
    await userEvent.type(screen.getByLabelText('Choose a PIN'), '482913');
    await userEvent.type(screen.getByLabelText('Type the PIN again'), '482914{Enter}');
    expect(screen.getByText('The two PINs are not the same. Type them again.')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText('Type the PIN again'));
    await userEvent.type(screen.getByLabelText('Type the PIN again'), '482913{Enter}');
    expect(create).toHaveBeenCalledWith({ name: 'Sam', pin: '482913' });
  });
});
