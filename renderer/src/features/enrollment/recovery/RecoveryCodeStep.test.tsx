import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AccountStatus, RecoveryCodeShown } from '../../../../../electron/contract/accountStatus';
import { DeskIdError } from '../../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../../test/renderWithApp';
import { appOn } from '../../../platform/appOn.testing';
import { RecoveryCodeStep } from './RecoveryCodeStep';

// 1234 5678 9012 3452 is a valid code (Luhn); 3425 swaps two digits (Luhn catches it);
// 3460 passes Luhn but is not this code's ending, so only the server can refuse it.
const shown: RecoveryCodeShown = { groups: ['1234', '5678', '9012', '3452'], issuedAt: '2025-03-10T09:30:00.000Z' };

const account: AccountStatus = {
  username: 'pat.lee',
  displayName: 'Pat Lee',
  server: 'http://127.0.0.1:4000',
  scope: 'enroll',
  fresh: false,
  methods: [
    { id: 'f1', type: 'passkey', label: 'This computer', verified: true, createdAt: '2025-03-10T09:29:00.000Z' },
  ],
  recoveryCode: { status: 'issued', issuedAt: shown.issuedAt },
  compliance: { enforceFrom: '2025-03-07', enforced: true, compliant: false, missing: ['recovery_code'] },
};

function bridgeWith(confirmRecoveryCode = vi.fn(), host: 'browser' | 'electron' = 'browser') {
  return {
    app: appOn(host),
    enrollment: { recoveryCode: vi.fn(() => Promise.resolve(shown)), confirmRecoveryCode },
    signIn: { signOut: vi.fn() },
    desktop: {
      copySecret: vi.fn(() => Promise.resolve({ copiedBy: 'host' as const, clearAfterSeconds: 60 })),
      print: vi.fn(() => Promise.resolve({ printedBy: 'host' as const, printed: true })),
    },
  };
}

describe('RecoveryCodeStep', () => {
  it('shows the code in four groups of four, read digit by digit, with the loss warning', async () => {
    renderWithApp(<RecoveryCodeStep account={account} />, bridgeWith());
    const code = await screen.findByRole('img', { name: /recovery code/i });
    expect(code.getAttribute('aria-label')).toBe('Your recovery code: 1 2 3 4, 5 6 7 8, 9 0 1 2, 3 4 5 2');
    expect([...code.querySelectorAll('.recovery-group')].map((group) => group.textContent)).toEqual([
      '1234',
      '5678',
      '9012',
      '3452',
    ]);
    expect(screen.getByText(/you will have to ask for a new account/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save to a file' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });

  it('copies the code and takes it off the clipboard a minute later', async () => {
    const clipboard = { text: '', writeText: vi.fn(), readText: vi.fn() };
    clipboard.writeText.mockImplementation((text: string) => Promise.resolve(void (clipboard.text = text)));
    clipboard.readText.mockImplementation(() => Promise.resolve(clipboard.text));
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    renderWithApp(<RecoveryCodeStep account={account} />, bridgeWith());
    const copy = await screen.findByRole('button', { name: 'Copy' });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      await act(async () => {
        copy.click();
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(clipboard.text).toBe('1234567890123452');
      expect(screen.getByText(/takes it off the clipboard in 60 seconds/)).toBeTruthy();
      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(clipboard.text).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('in the desktop app, copies and prints through the host: the page never touches the clipboard', async () => {
    const clipboard = { writeText: vi.fn(), readText: vi.fn() };
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const bridge = bridgeWith(vi.fn(), 'electron');
    renderWithApp(<RecoveryCodeStep account={account} />, bridge);
    await userEvent.click(await screen.findByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/takes it off the clipboard in 60 seconds/)).toBeTruthy();
    expect(bridge.desktop.copySecret).toHaveBeenCalledWith({ text: '1234567890123452', clearAfterSeconds: 60 });
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(bridge.desktop.print).toHaveBeenCalledWith({});
    expect(clipboard.writeText).not.toHaveBeenCalled();
    expect(print).not.toHaveBeenCalled();
    print.mockRestore();
  });

  it('prints with the browser in the browser host', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const bridge = bridgeWith();
    renderWithApp(<RecoveryCodeStep account={account} />, bridge);
    await userEvent.click(await screen.findByRole('button', { name: 'Print' }));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(bridge.desktop.print).not.toHaveBeenCalled();
    print.mockRestore();
  });

  it('catches a typo in the last digits with the Luhn rule, with no request', async () => {
    const confirm = vi.fn();
    renderWithApp(<RecoveryCodeStep account={account} />, bridgeWith(confirm));
    const field = await screen.findByLabelText('Last 4 digits of your recovery code');
    await userEvent.type(field, '3425{Enter}');
    expect(screen.getByText(/do not fit this code/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(field);
    await userEvent.type(field, '34');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm the code' }));
    expect(screen.getByText(/Type the 4 digits of the last group/)).toBeTruthy();
    // The field with the problem has the focus again, not the button.
    expect(document.activeElement).toBe(field);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('sends digits that pass the Luhn rule to the server, which says they are wrong and counts them', async () => {
    const confirm = vi.fn(() =>
      Promise.reject(new DeskIdError('recovery_code_mismatch', 'Wrong digits.', { attemptsLeft: 3 })),
    );
    renderWithApp(<RecoveryCodeStep account={account} />, bridgeWith(confirm));
    await userEvent.type(await screen.findByLabelText('Last 4 digits of your recovery code'), '3460{Enter}');
    expect(confirm).toHaveBeenCalledWith({ lastDigits: '3460' });
    expect(await screen.findByText(/not the last 4 digits of your recovery code/)).toBeTruthy();
    expect(screen.getByText('3 tries left before confirming is locked for 15 minutes.')).toBeTruthy();
  });

  it('confirms the right digits with the server', async () => {
    const confirmed: AccountStatus = {
      ...account,
      scope: 'full',
      recoveryCode: { status: 'confirmed', issuedAt: shown.issuedAt, confirmedAt: '2025-03-10T09:31:00.000Z' },
      compliance: { ...account.compliance, compliant: true, missing: [] },
    };
    const confirm = vi.fn(() => Promise.resolve(confirmed));
    renderWithApp(<RecoveryCodeStep account={account} />, bridgeWith(confirm));
    await userEvent.type(await screen.findByLabelText('Last 4 digits of your recovery code'), '3452');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm the code' }));
    expect(confirm).toHaveBeenCalledWith({ lastDigits: '3452' });
  });

  it('speaks Spanish', async () => {
    renderWithApp(<RecoveryCodeStep account={account} />, bridgeWith(), { language: 'es' });
    expect(await screen.findByRole('img', { name: /Su código de recuperación: 1 2 3 4/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar en un archivo' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Compruebe que lo guardó' })).toBeTruthy();
  });
});
