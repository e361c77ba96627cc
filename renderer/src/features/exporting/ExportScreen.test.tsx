import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { queryCache } from '../../data/queryCache';
import { policyAnswer } from '../../../test/policyAnswer';
import { renderWithApp } from '../../../test/renderWithApp';
import ExportScreen from './ExportScreen';

const settings = (exportAllowed: boolean) => ({
  autoLockMinutes: 5,
  clipboardClearSeconds: 30,
  theme: 'system' as const,
  language: 'en' as const,
  hideCodesUntilClicked: false,
  openCodesShortcut: false,
  sharedDesktopMode: true,
  exportAllowed,
});
/** The texts a field is read with (`aria-describedby`). */
const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
const get = (exportAllowed = true) => vi.fn(() => Promise.resolve(settings(exportAllowed)));
const strong = 'violet kettle harbour nineteen';
/** Nine characters, one under the host's minimum, that zxcvbn rates 3 ("Strong"). */
const nineStrong = 'tq8Zw3!mR';

describe('ExportScreen', () => {
  // The strength checker (zxcvbn-ts and its dictionaries) is a chunk loaded on first use.
  // Its first load in a test file took 1.5-3.8 s on a loaded 2-core machine, past findBy's
  // 1 s, inside whichever test typed first; these tests are about the words, not the loading.
  beforeAll(async () => {
    await import('./loadStrength');
  });
  beforeEach(() => queryCache.clear());

  it('rates the passphrase in words as it is typed', async () => {
    renderWithApp(<ExportScreen />, { settings: { get: get() } });
    const passphrase = await screen.findByLabelText('Passphrase');
    await userEvent.type(passphrase, 'password');
    expect(await screen.findByText(/^Very weak/)).toBeTruthy();
    expect(screen.getByText(/it must be at least “Strong”/)).toBeTruthy();
    await userEvent.clear(passphrase);
    await userEvent.type(passphrase, strong);
    expect(await screen.findByText('Very strong')).toBeTruthy();
  });

  it('refuses two different passphrases, with no request', async () => {
    const backup = vi.fn();
    renderWithApp(<ExportScreen />, { settings: { get: get() }, exporting: { backup } });
    await userEvent.type(await screen.findByLabelText('Passphrase'), strong);
    await userEvent.type(screen.getByLabelText('Type the passphrase again'), 'violet kettle harbour ninety');
    await userEvent.click(screen.getByRole('button', { name: 'Make the backup' }));
    expect(screen.getByText('The two passphrases are not the same.')).toBeTruthy();
    expect(backup).not.toHaveBeenCalled();
  });

  it('states the 10-character rule with the field and refuses a shorter passphrase, strong or not, with no request', async () => {
    const backup = vi.fn();
    renderWithApp(<ExportScreen />, { settings: { get: get() }, exporting: { backup } });
    const passphrase = await screen.findByLabelText('Passphrase');
    expect(passphrase.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/^At least 10 characters\./)).toBeTruthy();
    // Nine characters that zxcvbn rates "Strong": the host would refuse them all the same.
    await userEvent.type(passphrase, nineStrong);
    await userEvent.type(screen.getByLabelText('Type the passphrase again'), nineStrong);
    expect(await screen.findByText('Strong')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Make the backup' }));
    expect(screen.getByText('The passphrase is too short: it needs at least 10 characters.')).toBeTruthy();
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(backup).not.toHaveBeenCalled();
  });

  it('says the length rule in Spanish', async () => {
    const backup = vi.fn();
    renderWithApp(<ExportScreen />, { settings: { get: get() }, exporting: { backup } }, { language: 'es' });
    await userEvent.type(await screen.findByLabelText('Frase de contraseña'), nineStrong);
    expect(screen.getByText(/^Al menos 10 caracteres\./)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Escriba la frase de contraseña otra vez'), nineStrong);
    await userEvent.click(screen.getByRole('button', { name: 'Hacer la copia' }));
    expect(
      screen.getByText('La frase de contraseña es demasiado corta: necesita al menos 10 caracteres.'),
    ).toBeTruthy();
    expect(backup).not.toHaveBeenCalled();
  });

  it('downloads the backup the browser host answers', async () => {
    const backup = vi.fn(() =>
      Promise.resolve({ savedAs: 'download' as const, fileName: 'DeskID-backup.json', text: '{"v":1}' }),
    );
    const createObjectURL = vi.fn(() => 'blob:backup');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    renderWithApp(<ExportScreen />, { settings: { get: get() }, exporting: { backup } });
    await userEvent.type(await screen.findByLabelText('Passphrase'), strong);
    await userEvent.type(screen.getByLabelText('Type the passphrase again'), strong);
    await screen.findByText('Very strong');
    await userEvent.click(screen.getByRole('button', { name: 'Make the backup' }));
    expect(backup).toHaveBeenCalledWith({ passphrase: strong });
    expect(
      await screen.findByText(
        'Your browser is saving the backup as “DeskID-backup.json”. Keep it and its passphrase in separate places.',
      ),
    ).toBeTruthy();
    expect(createObjectURL).toHaveBeenCalledOnce();
  });

  it('hides the backup when machine policy switches exports off, and still offers restoring', async () => {
    renderWithApp(<ExportScreen />, { policy: { get: policyAnswer({ allowExport: false }) } });
    expect(await screen.findByRole('heading', { name: 'Restore a backup' })).toBeTruthy();
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Make an encrypted backup' })).toBeNull();
  });

  it('says so when policy switches both backups and imports off', async () => {
    renderWithApp(<ExportScreen />, { policy: { get: policyAnswer({ allowExport: false, allowImport: false }) } });
    expect(
      await screen.findByText('Backups are switched off on this computer. Ask your IT team if you need one.'),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Restore a backup' })).toBeNull();
  });

  it('says so when the host refuses the export', async () => {
    const backup = vi.fn(() => Promise.reject(new DeskIdError('export_disabled', 'Exports are switched off.')));
    renderWithApp(<ExportScreen />, { settings: { get: get() }, exporting: { backup } });
    await userEvent.type(await screen.findByLabelText('Passphrase'), strong);
    await userEvent.type(screen.getByLabelText('Type the passphrase again'), strong);
    await screen.findByText('Very strong');
    await userEvent.click(screen.getByRole('button', { name: 'Make the backup' }));
    expect(
      await screen.findByText('Backups are switched off on this computer. Ask your IT team if you need one.'),
    ).toBeTruthy();
  });

  it('says in its own words when the host still finds the passphrase too short', async () => {
    const backup = vi.fn(() =>
      Promise.reject(new DeskIdError('weak_password', 'Choose a backup passphrase of at least 10 characters.')),
    );
    renderWithApp(<ExportScreen />, { settings: { get: get() }, exporting: { backup } }, { language: 'es' });
    await userEvent.type(await screen.findByLabelText('Frase de contraseña'), strong);
    await userEvent.type(screen.getByLabelText('Escriba la frase de contraseña otra vez'), strong);
    await screen.findByText('Muy fuerte');
    await userEvent.click(screen.getByRole('button', { name: 'Hacer la copia' }));
    expect(await screen.findByText('Esa frase de contraseña es demasiado corta. Elija una más larga.')).toBeTruthy();
  });

  it('restores merging at once, and replacing only after a confirmation', async () => {
    const restore = vi.fn(() => Promise.resolve({ added: 2, replaced: 0, duplicates: 1 }));
    renderWithApp(<ExportScreen />, { settings: { get: get() }, exporting: { restore } });
    await userEvent.upload(await screen.findByLabelText('Backup file'), new File(['{}'], 'backup.json'));
    await userEvent.type(screen.getByLabelText('The backup’s passphrase'), strong);
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(restore).toHaveBeenLastCalledWith({
      fileName: 'backup.json',
      dataBase64: 'e30=',
      passphrase: strong,
      mode: 'merge',
    });
    expect(await screen.findByText('Restored: 2 added, 0 replaced, 1 already in your list.')).toBeTruthy();

    await userEvent.click(screen.getByRole('radio', { name: /Replace them/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(restore).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Replacing removes every account now in your profile/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, replace my accounts' }));
    expect(restore).toHaveBeenLastCalledWith({
      fileName: 'backup.json',
      dataBase64: 'e30=',
      passphrase: strong,
      mode: 'replace',
    });
  });

  it('speaks Spanish, the strength word included', async () => {
    renderWithApp(<ExportScreen />, { settings: { get: get() } }, { language: 'es' });
    await userEvent.type(await screen.findByLabelText('Frase de contraseña'), 'password');
    expect(await screen.findByText(/^Muy débil/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Escriba la frase de contraseña otra vez'), 'passwore');
    expect(screen.getByText('Las dos frases de contraseña no son iguales.')).toBeTruthy();
  });

  it('gives focus to the passphrase after a wrong one, and to the file after a file that is no backup', async () => {
    const restore = vi
      .fn()
      .mockRejectedValueOnce(new DeskIdError('wrong_password', 'x'))
      .mockRejectedValueOnce(new DeskIdError('unsupported_format', 'x'));
    renderWithApp(<ExportScreen />, { settings: { get: get() }, exporting: { restore } });
    await userEvent.upload(await screen.findByLabelText('Backup file'), new File(['{}'], 'backup.json'));
    const passphrase = screen.getByLabelText('The backup’s passphrase');
    await userEvent.type(passphrase, strong);
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    const wrong = await screen.findByText('That passphrase does not open this backup. Check it and try again.');
    expect(document.activeElement).toBe(passphrase);
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(passphrase)).toContain(wrong.textContent);

    await userEvent.type(passphrase, '!');
    expect(passphrase.getAttribute('aria-invalid')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    const notBackup = await screen.findByText('This is not a DeskID backup file.');
    const file = screen.getByLabelText('Backup file');
    expect(document.activeElement).toBe(file);
    expect(file.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(file)).toContain(notBackup.textContent);
    expect(passphrase.getAttribute('aria-invalid')).toBeNull();
  });

  it('gives focus to the question of a replace, then back to Restore when it is cancelled or answered', async () => {
    const restore = vi.fn(() => Promise.resolve({ added: 1, replaced: 3, duplicates: 0 }));
    renderWithApp(<ExportScreen />, { settings: { get: get() }, exporting: { restore } });
    await userEvent.upload(await screen.findByLabelText('Backup file'), new File(['{}'], 'backup.json'));
    await userEvent.type(screen.getByLabelText('The backup’s passphrase'), strong);
    await userEvent.click(screen.getByRole('radio', { name: /Replace them/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(document.activeElement?.textContent).toMatch(/^Replacing removes every account/);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restore' }));
    await userEvent.keyboard('{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Yes, replace my accounts' }));
    expect(await screen.findByText('Restored: 1 added, 3 replaced, 0 already in your list.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restore' }));
  });
});
