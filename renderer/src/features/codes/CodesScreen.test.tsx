import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/translate';
import { renderWithApp } from '../../../test/renderWithApp';
import { CodesScreen } from './CodesScreen';
import { totp } from './testAccounts';
import type { CodeAccount } from './useCodes';

const makeAccounts = (): CodeAccount[] => [
  totp('a1', 'GitHub', 'alice@example.com', '492039'),
  totp('a2', 'Google', 'alice@gmail.com', '12345678', { alreadyUsed: true }),
  totp('a3', 'Clinic VPN', 'alice', '771104'),
];
let accounts: CodeAccount[];
const listOf = (list: CodeAccount[], hideUntilClicked = false) =>
  vi.fn(() => Promise.resolve({ accounts: list, hideUntilClicked }));

let clipboard: { text: string; writeText: (text: string) => Promise<void>; readText: () => Promise<string> };
beforeEach(() => {
  accounts = makeAccounts();
  clipboard = {
    text: '',
    writeText: vi.fn((text: string) => {
      clipboard.text = text;
      return Promise.resolve();
    }),
    readText: vi.fn(() => Promise.resolve(clipboard.text)),
  };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const rows = () => screen.getAllByRole('listitem');
const row = (index: number): HTMLElement => {
  const found = rows()[index];
  if (found === undefined) throw new Error(`no row ${index}`);
  return found;
};

describe('CodesScreen', () => {
  it('shows each account with its code in groups, its ring’s seconds and the "already used" hint', async () => {
    // The page's clock is the test's: the ring's seconds move only when the test says.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    accounts = makeAccounts();
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts) } });
    const github = await screen.findByRole('button', { name: /Copy the code of GitHub \(alice@example.com\)/ });
    expect(github.textContent).toContain('492 039');
    expect(screen.getByRole('button', { name: /Copy the code of Google/ }).textContent).toContain('1234 5678');
    const first = row(0);
    expect(within(first).getByText(/seconds left$/).textContent).toBe('20 seconds left');
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(within(first).getByText(/seconds left$/).textContent).toBe('15 seconds left');
    expect(within(row(1)).getByText('Already used in this period: wait for the next code.')).toBeTruthy();
    expect(within(first).queryByText(/Already used/)).toBeNull();
  });

  it('asks for the machine policy (its links) only once the codes are in', async () => {
    let answer: (list: { accounts: CodeAccount[]; hideUntilClicked: boolean }) => void = () => undefined;
    const list = vi.fn(
      () => new Promise<{ accounts: CodeAccount[]; hideUntilClicked: boolean }>((resolve) => (answer = resolve)),
    );
    const get = vi.fn(() => Promise.resolve({ settings: [], warnings: [] }));
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list }, policy: { get } });
    await waitFor(() => expect(list).toHaveBeenCalledOnce());
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(get).not.toHaveBeenCalled();
    // The links show meanwhile (allowed while the policy is not known).
    expect(screen.getByRole('link', { name: 'Import' })).toBeTruthy();
    act(() => answer({ accounts, hideUntilClicked: false }));
    await screen.findAllByRole('listitem');
    await waitFor(() => expect(get).toHaveBeenCalledOnce());
  });

  it('filters by service or account as you type, with no request', async () => {
    const list = listOf(accounts);
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list } });
    await screen.findAllByRole('listitem');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search accounts' }), 'vpn');
    expect(rows().map((row) => row.querySelector('.code-issuer')?.textContent)).toEqual(['Clinic VPN']);
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'gmail');
    expect(rows().map((row) => row.querySelector('.code-issuer')?.textContent)).toEqual(['Google']);
    await userEvent.type(screen.getByRole('searchbox'), 'x');
    expect(screen.getByText('No account matches “gmailx”.')).toBeTruthy();
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('copies on click: the code on the clipboard, the toast, and the clipboard emptied after the delay', async () => {
    const copy = vi.fn(() =>
      Promise.resolve({ copiedBy: 'page' as const, code: '492039', alreadyUsed: false, clearAfterSeconds: 1 }),
    );
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), copy } });
    fireEvent.click(await screen.findByRole('button', { name: /Copy the code of GitHub/ }));
    expect(await screen.findByText('Copied; clears in 1 s')).toBeTruthy();
    expect(copy).toHaveBeenCalledWith({ id: 'a1' });
    expect(clipboard.text).toBe('492039');
    expect(screen.getByText('Copied; clears in 1 s').getAttribute('aria-live')).toBe('polite');
    expect(await screen.findByText('The clipboard was cleared.', {}, { timeout: 3000 })).toBeTruthy();
    expect(clipboard.text).toBe('');
  });

  it('leaves the clipboard alone when it no longer holds the code', async () => {
    const copy = vi.fn(() =>
      Promise.resolve({ copiedBy: 'page' as const, code: '492039', alreadyUsed: true, clearAfterSeconds: 1 }),
    );
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), copy } });
    fireEvent.click(await screen.findByRole('button', { name: /Copy the code of GitHub/ }));
    expect(await screen.findByText(/This code was already used in this period/)).toBeTruthy();
    clipboard.text = 'something the person copied since';
    await waitFor(() => expect(clipboard.readText).toHaveBeenCalled(), { timeout: 3000 });
    expect(clipboard.text).toBe('something the person copied since');
    expect(screen.queryByText('The clipboard was cleared.')).toBeNull();
  });

  it('says when the host’s copy clears and whether the code was used, as the page’s copy does', async () => {
    // Electron's main process wrote the clipboard: the page must not write it too.
    const copy = vi
      .fn()
      .mockResolvedValueOnce({ copiedBy: 'host' as const, alreadyUsed: false, clearAfterSeconds: 45 })
      .mockResolvedValueOnce({ copiedBy: 'host' as const, alreadyUsed: true, clearAfterSeconds: 45 });
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), copy } });
    fireEvent.click(await screen.findByRole('button', { name: /Copy the code of GitHub/ }));
    expect(await screen.findByText('Copied; clears in 45 s')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Copy the code of GitHub/ }));
    expect(
      await screen.findByText(
        'Copied; clears in 45 s. This code was already used in this period: wait for the next one.',
      ),
    ).toBeTruthy();
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('hides codes until clicked when the setting says so', async () => {
    const hidden = accounts.map(
      (account) => Object.fromEntries(Object.entries(account).filter(([key]) => key !== 'code')) as CodeAccount,
    );
    const reveal = vi.fn(() => Promise.resolve({ code: '492039', validUntil: Date.now() + 20_000 }));
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(hidden, true), reveal } });
    await screen.findAllByRole('listitem');
    expect(document.body.textContent).not.toMatch(/\d{3} \d{3}/);
    await userEvent.click(screen.getByRole('button', { name: 'Show code (GitHub (alice@example.com))' }));
    expect(reveal).toHaveBeenCalledWith({ id: 'a1' });
    expect((await screen.findByRole('button', { name: /Copy the code of GitHub/ })).textContent).toContain('492 039');
    expect(screen.getAllByRole('button', { name: /^Show code/ })).toHaveLength(2);
  });

  it('shows "Next code" for an HOTP account', async () => {
    const hotp: CodeAccount = { id: 'h1', issuer: 'Bank', label: 'card', type: 'hotp', digits: 6, alreadyUsed: false };
    const nextHotp = vi.fn(() => Promise.resolve({ code: '830115' }));
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf([hotp]), nextHotp } });
    await userEvent.click(await screen.findByRole('button', { name: 'Next code (Bank (card))' }));
    expect(nextHotp).toHaveBeenCalledWith({ id: 'h1' });
    expect((await screen.findByRole('button', { name: /Copy the code of Bank/ })).textContent).toContain('830 115');
  });

  it('reorders by keyboard with Move down, keeping focus on the moved account', async () => {
    const reorder = vi.fn(() => Promise.resolve({ done: true as const }));
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), reorder } });
    const down = await screen.findByRole('button', { name: 'Move down (GitHub (alice@example.com))' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    expect(reorder).toHaveBeenCalledWith({ ids: ['a2', 'a1', 'a3'] });
    await waitFor(() =>
      expect(rows().map((row) => row.querySelector('.code-issuer')?.textContent)).toEqual([
        'Google',
        'GitHub',
        'Clinic VPN',
      ]),
    );
    expect(document.activeElement?.id).toBe('move-down-a1');
    expect(screen.getByText('GitHub (alice@example.com) moved to place 2.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Move up (Google (alice@gmail.com))' })).toHaveProperty('disabled', true);
  });

  it('renames inline and deletes only after a confirmation', async () => {
    const renamed = totp('a3', 'Clinic VPN', 'alice.ruiz', '771104');
    const rename = vi.fn(() => Promise.resolve(renamed));
    const remove = vi.fn(() => Promise.resolve({ done: true as const }));
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), rename, remove } });
    await userEvent.click(await screen.findByRole('button', { name: 'Rename (Clinic VPN (alice))' }));
    const label = screen.getByLabelText('Account');
    await userEvent.clear(label);
    await userEvent.type(label, 'alice.ruiz');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(rename).toHaveBeenCalledWith({ id: 'a3', issuer: 'Clinic VPN', label: 'alice.ruiz' });
    expect(await screen.findByText('Renamed to Clinic VPN (alice.ruiz).')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Delete (GitHub (alice@example.com))' }));
    expect(screen.getByRole('heading', { name: /Delete GitHub \(alice@example.com\)\?/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(remove).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Delete (GitHub (alice@example.com))' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(remove).toHaveBeenCalledWith({ id: 'a1' });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByText('GitHub (alice@example.com) was deleted.')).toBeTruthy();
  });

  it('after a delete, gives focus to the next row’s Delete, the previous one’s for the last row, then the heading', async () => {
    const remove = vi.fn(() => Promise.resolve({ done: true as const }));
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), remove } });
    const removeAccount = async (name: string) => {
      await userEvent.click(await screen.findByRole('button', { name: `Delete (${name})` }));
      await userEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Yes, delete it' })).toBeNull());
    };
    await removeAccount('Google (alice@gmail.com)');
    expect(document.activeElement?.id).toBe('remove-a3');
    await removeAccount('Clinic VPN (alice)');
    expect(document.activeElement?.id).toBe('remove-a1');
    await removeAccount('GitHub (alice@example.com)');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Your codes' }));
    expect(screen.getByText('No accounts yet. Add one, or import them from another app.')).toBeTruthy();
  });

  it('after deleting the one row a search shows, gives focus to the search field', async () => {
    const remove = vi.fn(() => Promise.resolve({ done: true as const }));
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), remove } });
    await screen.findAllByRole('listitem');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search accounts' }), 'vpn');
    await userEvent.click(screen.getByRole('button', { name: 'Delete (Clinic VPN (alice))' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('searchbox')));
  });

  it('refuses to rename to a blank service and account before any request, on the service field', async () => {
    const rename = vi.fn();
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), rename } }, { language: 'es' });
    await userEvent.click(await screen.findByRole('button', { name: 'Renombrar (Clinic VPN (alice))' }));
    await userEvent.clear(screen.getByLabelText('Servicio'));
    await userEvent.clear(screen.getByLabelText('Cuenta'));
    await userEvent.type(screen.getByLabelText('Cuenta'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(rename).not.toHaveBeenCalled();
    const service = screen.getByLabelText('Servicio');
    expect(document.activeElement).toBe(service);
    expect(service.getAttribute('aria-invalid')).toBe('true');
    const problemId = service.getAttribute('aria-describedby') ?? 'none';
    expect(document.getElementById(problemId)?.textContent).toBe(
      'Escriba un servicio o un nombre de cuenta: la cuenta necesita al menos uno de los dos.',
    );
    await act(() => i18n.changeLanguage('en'));
    expect(document.getElementById(problemId)?.textContent).toBe(
      'Enter a service or an account name: the account needs at least one of the two.',
    );
  });

  it('words an announcement already made again when the language changes', async () => {
    const remove = vi.fn(() => Promise.resolve({ done: true as const }));
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), remove } }, { language: 'es' });
    await userEvent.click(await screen.findByRole('button', { name: 'Eliminar (GitHub (alice@example.com))' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sí, eliminarla' }));
    expect(await screen.findByText('Se eliminó GitHub (alice@example.com).')).toBeTruthy();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.queryByText('Se eliminó GitHub (alice@example.com).')).toBeNull();
    expect(screen.getByText('GitHub (alice@example.com) was deleted.')).toBeTruthy();
  });

  it('speaks Spanish', async () => {
    const copy = vi.fn(() =>
      Promise.resolve({ copiedBy: 'page' as const, code: '492039', alreadyUsed: false, clearAfterSeconds: 30 }),
    );
    renderWithApp(<CodesScreen person="Ana" />, { codes: { list: listOf(accounts), copy } }, { language: 'es' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sus códigos' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Buscar cuentas' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Añadir una cuenta' }).getAttribute('href')).toBe('/codes/add');
    fireEvent.click(screen.getByRole('button', { name: /Copiar el código de GitHub/ }));
    expect(await screen.findByText('Copiado; se borra en 30 s')).toBeTruthy();
  });
});
