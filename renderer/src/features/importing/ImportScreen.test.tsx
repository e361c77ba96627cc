import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { i18n } from '../../i18n/translate';
import { renderWithApp } from '../../../test/renderWithApp';
import ImportScreen from './ImportScreen';

const preview = {
  previewId: 'p1',
  format: 'aegis' as const,
  entries: [
    { issuer: 'GitHub', label: 'pat', type: 'totp' as const, status: 'new' as const },
    { issuer: 'Mastodon', label: 'pat', type: 'hotp' as const, status: 'duplicate' as const },
    {
      issuer: 'Steam',
      label: 'pat',
      type: 'totp' as const,
      status: 'unsupported' as const,
      why: { kind: 'entryType' as const, type: 'yandex' },
    },
  ],
};

/** The texts a field is read with (`aria-describedby`). */
const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

const file = (name: string, text = '{}') => new File([text], name, { type: 'application/json' });

describe('ImportScreen', () => {
  it('shows what would be added, with duplicates and unsupported entries marked, before anything is written', async () => {
    const previewCall = vi.fn(() => Promise.resolve(preview));
    const commit = vi.fn(() => Promise.resolve({ added: 1, duplicates: 1, repeated: 0 }));
    renderWithApp(<ImportScreen />, { importing: { preview: previewCall, commit } });
    await userEvent.upload(screen.getByLabelText('Export file'), file('aegis.json', '{"a":1}'));
    expect(await screen.findByRole('heading', { name: 'What will be added from “aegis.json”' })).toBeTruthy();
    expect(previewCall).toHaveBeenCalledWith({ fileName: 'aegis.json', dataBase64: 'eyJhIjoxfQ==' });
    expect(screen.getByText('Read as: Aegis backup.')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['GitHub', 'pat', 'Time-based (TOTP)', 'Will be added'],
      ['Mastodon', 'pat', 'Counter-based (HOTP)', 'Already in your list: not added again'],
      ['Steam', 'pat', 'Time-based (TOTP)', 'Not supported: Unsupported entry type "yandex".'],
    ]);
    expect(commit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Add 1 account' }));
    expect(commit).toHaveBeenCalledWith({ previewId: 'p1' });
    expect(await screen.findByRole('heading', { name: '1 account added.' })).toBeTruthy();
    expect(screen.getByText('1 was already in your list and was left as it was.')).toBeTruthy();
  });

  it('asks for the password of an encrypted file, and says when it is wrong', async () => {
    const previewCall = vi
      .fn()
      .mockRejectedValueOnce(new DeskIdError('password_required', 'This file is encrypted.'))
      .mockRejectedValueOnce(new DeskIdError('wrong_password', 'The password does not open this file.'))
      .mockResolvedValueOnce(preview);
    renderWithApp(<ImportScreen />, { importing: { preview: previewCall } });
    await userEvent.upload(screen.getByLabelText('Export file'), file('aegis_encrypted.json'));
    expect(await screen.findByRole('heading', { name: 'This file is protected by a password' })).toBeTruthy();
    const password = screen.getByLabelText('The file’s password');
    await userEvent.type(password, 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Open the file' }));
    const refusal = await screen.findByText('That password does not open this file. Check it and try again.');
    // Back on the password, marked and read with the refusal.
    expect(document.activeElement).toBe(password);
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(password)).toContain(refusal.textContent);
    await userEvent.clear(password);
    await userEvent.type(password, 'test{Enter}');
    expect(await screen.findByRole('heading', { name: 'What will be added from “aegis_encrypted.json”' })).toBeTruthy();
    expect(previewCall).toHaveBeenLastCalledWith({
      fileName: 'aegis_encrypted.json',
      dataBase64: 'e30=',
      password: 'test',
    });
  });

  it('offers another batch after a Google Authenticator export picture', async () => {
    const previewCall = vi.fn(() => Promise.resolve({ ...preview, format: 'google_migration' as const }));
    const commit = vi.fn(() => Promise.resolve({ added: 1, duplicates: 0, repeated: 0 }));
    renderWithApp(<ImportScreen />, { importing: { preview: previewCall, commit } });
    await userEvent.upload(screen.getByLabelText('Export file'), file('batch1.png'));
    await userEvent.click(await screen.findByRole('button', { name: 'Add 1 account' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Add another batch' }));
    expect(screen.getByLabelText('Export file')).toBeTruthy();
  });

  it('refuses a file over the limit before any request', async () => {
    const previewCall = vi.fn();
    renderWithApp(<ImportScreen />, { importing: { preview: previewCall } });
    const big = new File([new Uint8Array(9 * 1024 * 1024)], 'huge.json');
    await userEvent.upload(screen.getByLabelText('Export file'), big);
    const words = await screen.findByText('“huge.json” is 9 MB; DeskID reads files of up to 8 MB.');
    expect(previewCall).not.toHaveBeenCalled();
    const input = screen.getByLabelText('Export file');
    expect(describedBy(input)).toContain(words.textContent);
    expect(document.activeElement).toBe(input);
  });

  it('says a file it does not recognise by the file input, which takes focus back', async () => {
    const previewCall = vi.fn(() => Promise.reject(new DeskIdError('unsupported_format', 'Unknown file.')));
    renderWithApp(<ImportScreen />, { importing: { preview: previewCall } });
    await userEvent.upload(screen.getByLabelText('Export file'), file('notes.txt'));
    const words = await screen.findByText(/^DeskID does not recognise this file\./);
    const input = screen.getByLabelText('Export file');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(input)).toContain(words.textContent);
    expect(document.activeElement).toBe(input);
  });

  it('marks an account repeated within the file apart from one already in the list, in both languages', async () => {
    const repeated = {
      ...preview,
      entries: [
        ...preview.entries,
        { issuer: 'GitHub', label: 'pat', type: 'totp' as const, status: 'repeated' as const },
      ],
    };
    const commit = vi.fn(() => Promise.resolve({ added: 1, duplicates: 1, repeated: 1 }));
    renderWithApp(<ImportScreen />, { importing: { preview: vi.fn(() => Promise.resolve(repeated)), commit } });
    await userEvent.upload(screen.getByLabelText('Export file'), file('a.json'));
    const rows = await screen.findAllByRole('row');
    expect(rows.map((row) => row.lastElementChild?.textContent).slice(1)).toEqual([
      'Will be added',
      'Already in your list: not added again',
      'Not supported: Unsupported entry type "yandex".',
      'Twice in this file: added once, with its first entry',
    ]);
    expect(screen.getByText('1 new, 1 already in your list, 1 not supported.')).toBeTruthy();
    expect(screen.getByText('1 entry repeats an account listed earlier in this file; it is added once.')).toBeTruthy();
    await act(() => i18n.changeLanguage('es'));
    expect(screen.getByText('Repetida en este archivo: se añade una vez, con su primera entrada')).toBeTruthy();
    await act(() => i18n.changeLanguage('en'));
    await userEvent.click(screen.getByRole('button', { name: 'Add 1 account' }));
    // The repeat is not counted as one already in the list.
    expect(await screen.findByText('1 entry repeated an earlier one in the file and was added once.')).toBeTruthy();
    expect(screen.getByText('1 was already in your list and was left as it was.')).toBeTruthy();
    await act(() => i18n.changeLanguage('es'));
    expect(screen.getByText('1 entrada repetía otra anterior del archivo y se añadió una vez.')).toBeTruthy();
  });

  it('speaks Spanish, marks included', async () => {
    renderWithApp(
      <ImportScreen />,
      { importing: { preview: vi.fn(() => Promise.resolve(preview)) } },
      { language: 'es' },
    );
    await userEvent.upload(screen.getByLabelText('Archivo de exportación'), file('a.json'));
    expect(await screen.findByText('Ya está en su lista: no se añade de nuevo')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Añadir 1 cuenta' })).toBeTruthy();
  });
});
