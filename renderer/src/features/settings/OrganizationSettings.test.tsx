import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { queryCache } from '../../data/queryCache';
import { policyAnswer } from '../../../test/policyAnswer';
import { renderWithApp } from '../../../test/renderWithApp';
import SettingsScreen from './SettingsScreen';

const settings = {
  ...{ autoLockMinutes: 3, clipboardClearSeconds: 30, theme: 'system' as const, language: 'system' as const },
  ...{ hideCodesUntilClicked: true, openCodesShortcut: false, sharedDesktopMode: true, exportAllowed: false },
};
const profiles = {
  list: vi.fn(() => Promise.resolve({ profiles: [], pinRequired: true, keychain: { reachable: true } })),
};
const policy = policyAnswer({
  autoLockMinutes: 3,
  hideCodesUntilClicked: true,
  allowExport: false,
  allowedMethods: ['passkey'],
});

describe('settings set by machine policy', () => {
  it('shows them locked, "Set by your organization", and lists what the organization sets', async () => {
    queryCache.clear();
    renderWithApp(<SettingsScreen />, {
      settings: { get: vi.fn(() => Promise.resolve(settings)) },
      profiles,
      policy: { get: policy },
    });
    const organization = await screen.findByTestId('organization-settings');
    expect(within(organization).getByText('Backups allowed').nextSibling?.textContent).toBe(
      'Off (Set by your organization)',
    );
    expect(within(organization).getByText('Sign-in methods allowed').nextSibling?.textContent).toBe(
      'Passkey (Set by your organization)',
    );
    const autoLock = screen.getByLabelText<HTMLInputElement>('Lock after this many minutes without use');
    expect(autoLock.readOnly).toBe(true);
    expect(autoLock.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      screen.getByText(
        /locks by itself after this time, and a sign-in to the ID server \(set-up, the manage page\) is closed\. Set by your organization\./,
      ),
    ).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Hide codes until I click them/).disabled).toBe(true);
    expect(
      screen.getByLabelText<HTMLInputElement>('Clear a copied code from the clipboard after (seconds)').readOnly,
    ).toBe(false);
  });

  it('speaks Spanish', async () => {
    queryCache.clear();
    renderWithApp(
      <SettingsScreen />,
      { settings: { get: vi.fn(() => Promise.resolve(settings)) }, profiles, policy: { get: policy } },
      { language: 'es' },
    );
    expect(await screen.findByRole('heading', { name: 'Establecido por su organización' })).toBeTruthy();
    expect(screen.getByText('Copias de seguridad permitidas')).toBeTruthy();
  });
});
