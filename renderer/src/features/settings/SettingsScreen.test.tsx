import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../test/renderWithApp';
import { LanguageSwitch } from './LanguageSwitch';
import SettingsScreen from './SettingsScreen';
import type { Settings } from '../../data/settingsQuery';
import type { CallInput } from '../../../../electron/contract/calls';

const settings: Settings = {
  autoLockMinutes: 15,
  clipboardClearSeconds: 30,
  theme: 'system',
  language: 'system',
  hideCodesUntilClicked: false,
  openCodesShortcut: false,
  sharedDesktopMode: true,
  exportAllowed: true,
};
const profiles = (unlocked: boolean) => ({
  list: vi.fn(() =>
    Promise.resolve({
      profiles: [{ id: 'p1', name: 'Ana Ruiz', hasPin: true, unlocked }],
      pinRequired: true,
      keychain: { reachable: true },
    }),
  ),
});

describe('SettingsScreen', () => {
  it('saves only what changed, and says so', async () => {
    const update = vi.fn(() => Promise.resolve({ ...settings, autoLockMinutes: 1, theme: 'high_contrast' as const }));
    renderWithApp(<SettingsScreen />, {
      settings: { get: vi.fn(() => Promise.resolve(settings)), update },
      profiles: profiles(false),
    });
    const autoLock = await screen.findByLabelText('Lock after this many minutes without use');
    await userEvent.clear(autoLock);
    await userEvent.type(autoLock, '1');
    await userEvent.selectOptions(screen.getByLabelText('Theme'), 'High contrast');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(update).toHaveBeenCalledWith({ autoLockMinutes: 1, theme: 'high_contrast' });
    expect((await screen.findByText('Settings saved.')).getAttribute('role')).toBe('status');
    expect(screen.getByText('Open your profile first (Authenticator codes) to change its PIN.')).toBeTruthy();
  });

  it('offers the open-codes shortcut unticked (off by default), and saves it when ticked', async () => {
    const update = vi.fn(() => Promise.resolve({ ...settings, openCodesShortcut: true }));
    renderWithApp(<SettingsScreen />, {
      settings: { get: vi.fn(() => Promise.resolve(settings)), update },
      profiles: profiles(false),
    });
    const shortcut = await screen.findByRole('checkbox', { name: /Bring up the codes from anywhere/ });
    expect(shortcut).toHaveProperty('checked', false);
    expect(shortcut.getAttribute('aria-describedby')).toBe('open-codes-shortcut-hint');
    await userEvent.click(shortcut);
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(update).toHaveBeenCalledWith({ openCodesShortcut: true });
  });

  it('shows the language the header just chose, and never saves the older one back', async () => {
    let inForce: Settings = settings;
    const update = vi.fn((change: CallInput<'settings.update'>) => {
      inForce = { ...inForce, ...change } as Settings;
      return Promise.resolve(inForce);
    });
    renderWithApp(
      <>
        <LanguageSwitch />
        <SettingsScreen />
      </>,
      { settings: { get: vi.fn(() => Promise.resolve(inForce)), update }, profiles: profiles(false) },
    );
    await screen.findByLabelText('Lock after this many minutes without use');
    const setting = screen.getByRole('combobox', { name: 'Language' });
    expect(setting).toHaveProperty('value', 'system');
    await userEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(update).toHaveBeenLastCalledWith({ language: 'es' });
    await waitFor(() => expect(setting).toHaveProperty('value', 'es'));
    await userEvent.selectOptions(screen.getByLabelText('Tema'), 'Oscuro');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar la configuración' }));
    expect(update).toHaveBeenLastCalledWith({ theme: 'dark' });
    expect(inForce.language).toBe('es');
    expect(await screen.findByText('Configuración guardada.')).toBeTruthy();
  });

  it('keeps a field changed while a save runs, unsaved, and does not say saved over it', async () => {
    let answer: (value: Settings) => void = () => undefined;
    const update = vi
      .fn<(change: CallInput<'settings.update'>) => Promise<Settings>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
      .mockImplementation((change) => Promise.resolve({ ...settings, autoLockMinutes: 5, ...change } as Settings));
    renderWithApp(<SettingsScreen />, {
      settings: { get: vi.fn(() => Promise.resolve(settings)), update },
      profiles: profiles(false),
    });
    const autoLock = await screen.findByLabelText('Lock after this many minutes without use');
    await userEvent.clear(autoLock);
    await userEvent.type(autoLock, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(update).toHaveBeenLastCalledWith({ autoLockMinutes: 5 });
    await userEvent.selectOptions(screen.getByLabelText('Theme'), 'Dark');
    await act(() => {
      answer({ ...settings, autoLockMinutes: 5 });
      return Promise.resolve();
    });
    expect(screen.getByLabelText('Theme')).toHaveProperty('value', 'dark');
    expect(autoLock).toHaveProperty('value', '5');
    expect(screen.queryByText('Settings saved.')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(update).toHaveBeenLastCalledWith({ theme: 'dark' });
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it('refuses a number out of range before any request', async () => {
    const update = vi.fn();
    renderWithApp(<SettingsScreen />, {
      settings: { get: vi.fn(() => Promise.resolve(settings)), update },
      profiles: profiles(false),
    });
    const clipboard = await screen.findByLabelText(/Clear a copied code/);
    await userEvent.clear(clipboard);
    await userEvent.type(clipboard, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('Type a whole number from 1 to 600.')).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
  });

  it('changes the open person’s PIN, and names the broken PIN rule when refused', async () => {
    const refused = (rule: 'run' | 'digits') =>
      new DeskIdError('invalid_pin', 'The services’ English sentence.', { rule, minLength: 6, maxLength: 64 });
    const changePin = vi
      .fn()
      .mockRejectedValueOnce(refused('digits'))
      .mockRejectedValueOnce(refused('run'))
      .mockResolvedValueOnce({ done: true });
    renderWithApp(<SettingsScreen />, {
      settings: { get: vi.fn(() => Promise.resolve(settings)) },
      profiles: { ...profiles(true), changePin },
    });
    await userEvent.type(await screen.findByLabelText('Current PIN'), '482915');
    const newPin = screen.getByLabelText('New PIN');
    expect(newPin.getAttribute('inputmode')).toBe('numeric');
    expect(document.getElementById(newPin.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Digits only: at least 6, not all the same and not in a row (like 123456).',
    );
    await userEvent.type(newPin, 'ana-4829');
    await userEvent.type(screen.getByLabelText('Type the new PIN again'), 'ana-4829');
    await userEvent.click(screen.getByRole('button', { name: 'Change PIN' }));
    expect(changePin).toHaveBeenCalledWith({ currentPin: '482915', newPin: 'ana-4829' });
    expect(
      (await within(screen.getByRole('form', { name: 'Change your PIN' })).findByRole('alert')).textContent,
    ).toMatch(
      /^This PIN has something other than digits in it: letters, spaces or signs\. Choose at least 6 digits \(0 to 9, no letters\)/,
    );
    await userEvent.clear(newPin);
    await userEvent.clear(screen.getByLabelText('Type the new PIN again'));
    await userEvent.type(screen.getByLabelText('New PIN'), '123456');
    await userEvent.type(screen.getByLabelText('Type the new PIN again'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Change PIN' }));
    expect(changePin).toHaveBeenCalledWith({ currentPin: '482915', newPin: '123456' });
    const pinForm = screen.getByRole('form', { name: 'Change your PIN' });
    expect((await within(pinForm).findByRole('alert')).textContent).toMatch(
      /^This PIN is a straight run of digits, so it is easy to guess\. Choose at least 6 digits/,
    );
    await userEvent.clear(screen.getByLabelText('New PIN'));
    await userEvent.type(screen.getByLabelText('New PIN'), '730418');
    await userEvent.clear(screen.getByLabelText('Type the new PIN again'));
    await userEvent.type(screen.getByLabelText('Type the new PIN again'), '730418');
    await userEvent.click(screen.getByRole('button', { name: 'Change PIN' }));
    expect(await screen.findByText('Your PIN was changed.')).toBeTruthy();
  });

  it('speaks Spanish', async () => {
    renderWithApp(
      <SettingsScreen />,
      { settings: { get: vi.fn(() => Promise.resolve(settings)) }, profiles: profiles(false) },
      { language: 'es' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Configuración' })).toBeTruthy();
    expect(await screen.findByLabelText('Tema')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Alto contraste' })).toBeTruthy();
  });
});
