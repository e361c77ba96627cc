import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AccountStatus, RecoveryCodeShown } from '../../../../electron/contract/accountStatus';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { setAccount } from '../../data/useAccount';
import { renderWithApp, type DeepPartialBridge } from '../../../test/renderWithApp';
import { appOn } from '../../platform/appOn.testing';
import { serverInfoForTests } from '../signIn/serverInfoForTests';
import ManageScreen from './ManageScreen';
import { account, serverNamedMethods } from './manageTestAccount';

const threeMethods: AccountStatus = { ...account, methods: [...account.methods, ...serverNamedMethods] };
const code: RecoveryCodeShown = { groups: ['1234', '5678', '9012', '3452'], issuedAt: '2025-03-10T09:30:00.000Z' };

/** The manage page over `status` (the account as the server answers it, in turn), with the recovery-code calls. */
function renderManage(status = vi.fn(() => Promise.resolve(threeMethods)), more: DeepPartialBridge = {}) {
  return renderWithApp(<ManageScreen />, {
    app: appOn('browser'),
    signIn: { status, server: serverInfoForTests() },
    manage: {
      showRecoveryCode: vi.fn(() => Promise.resolve(code)),
      issueRecoveryCode: vi.fn(() => Promise.resolve(code)),
      ...more.manage,
    },
    ...(more.enrollment === undefined ? {} : { enrollment: more.enrollment }),
  });
}

const button = (name: string) => screen.getByRole('button', { name });
const expectFocused = (element: HTMLElement) => expect(document.activeElement).toBe(element);

describe('ManageScreen: where focus goes when the focused control goes', () => {
  it('Remove opens the confirmation on its first button; Keep it gives focus back to Remove', async () => {
    renderManage();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Phone ending 0958' }));
    expectFocused(button('Yes, remove it'));
    await userEvent.click(button('Keep it'));
    expectFocused(button('Remove Phone ending 0958'));
  });

  it('after a removal, focus goes to the row that took its place, or the one before the last', async () => {
    // The server's account: a removal takes the method out of it.
    let current = threeMethods;
    const removeMethod = vi.fn(({ factorId }: { factorId: string }) => {
      current = { ...current, methods: current.methods.filter((method) => method.id !== factorId) };
      return Promise.resolve({ done: true as const });
    });
    renderManage(
      vi.fn(() => Promise.resolve(current)),
      { manage: { removeMethod } },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Phone ending 0958' }));
    await userEvent.click(button('Yes, remove it'));
    await waitFor(() => expectFocused(button('Rename Authenticator app')));
    expect(screen.getByText('“Phone ending 0958” was removed.')).toBeTruthy();

    await userEvent.click(button('Remove Authenticator app'));
    await userEvent.click(button('Yes, remove it'));
    await waitFor(() => expectFocused(button('Rename Desk phone')));
  });

  it('when the list cannot be read after a removal, says so and offers to read it again; no later read moves focus', async () => {
    let current = threeMethods;
    const removeMethod = vi.fn(({ factorId }: { factorId: string }) => {
      current = { ...current, methods: current.methods.filter((method) => method.id !== factorId) };
      return Promise.resolve({ done: true as const });
    });
    const status = vi.fn(() => Promise.resolve(current));
    renderManage(status, { manage: { removeMethod } });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Phone ending 0958' }));
    status.mockRejectedValueOnce(new DeskIdError('server_unreachable', 'The ID server does not answer.'));
    await userEvent.click(button('Yes, remove it'));

    // The removal happened and is said; the failed read is said too, with a way to go on.
    const notice = await screen.findByText('“Phone ending 0958” was removed.');
    await waitFor(() => expectFocused(notice));
    expect(
      screen.getByText('The ID server cannot be reached. Check the network connection, then try again.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Yes, remove it' })).toBeNull();
    expect(button('Remove Phone ending 0958')).toBeTruthy();

    // The account read elsewhere meanwhile (adding a passkey reads it): focus stays put.
    act(() => setAccount(current));
    expect(screen.queryByRole('button', { name: 'Remove Phone ending 0958' })).toBeNull();
    expectFocused(notice);

    // Try again reads it: the failure goes, and focus is on the notice, not left on the body.
    current = { ...current, methods: current.methods.map((method) => ({ ...method, lastUsedAt: method.createdAt })) };
    await userEvent.click(button('Try again'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull());
    expect(screen.queryByText(/cannot be reached/)).toBeNull();
    expectFocused(notice);
  });

  it('Show again puts focus on the code’s heading, Hide back on Show again', async () => {
    renderManage();
    await userEvent.click(await screen.findByRole('button', { name: 'Show my recovery code again' }));
    await waitFor(() => expectFocused(screen.getByRole('heading', { name: 'Recovery code' })));
    expect(screen.getByRole('img', { name: /recovery code/ })).toBeTruthy();
    await userEvent.click(button('Hide the code'));
    expectFocused(button('Show my recovery code again'));
  });

  it('Yes, replace my code puts focus on the new code’s heading; Cancel back on Get a new recovery code', async () => {
    renderManage();
    await userEvent.click(await screen.findByRole('button', { name: 'Get a new recovery code' }));
    await userEvent.click(button('Cancel'));
    expectFocused(button('Get a new recovery code'));
    await userEvent.click(button('Get a new recovery code'));
    await userEvent.click(button('Yes, replace my code'));
    await waitFor(() => expectFocused(screen.getByRole('heading', { name: 'Recovery code' })));
    expect(screen.getByText('This is your new recovery code. Your old one no longer works.')).toBeTruthy();
  });

  it('Save to a file keeps its focus while it saves (marked busy, never disabled)', async () => {
    let saved: (value: { savedAs: 'cancelled' }) => void = () => undefined;
    const saveRecoveryFile = vi.fn(() => new Promise<{ savedAs: 'cancelled' }>((resolve) => (saved = resolve)));
    renderManage(undefined, { enrollment: { saveRecoveryFile } });
    await userEvent.click(await screen.findByRole('button', { name: 'Show my recovery code again' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save to a file' }));
    const save = button('Save to a file');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.hasAttribute('disabled')).toBe(false);
    expectFocused(save);
    saved({ savedAs: 'cancelled' });
    await waitFor(() => expect(save.getAttribute('aria-disabled')).toBe('false'));
    expectFocused(save);
  });
});

describe('ManageScreen: one open thing at a time, none left over', () => {
  it('showing the code closes a row’s confirmation, and opening one hides the code', async () => {
    renderManage();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Desk phone' }));
    await userEvent.click(button('Show my recovery code again'));
    await screen.findByRole('img', { name: /recovery code/ });
    expect(screen.queryByRole('button', { name: 'Yes, remove it' })).toBeNull();
    await userEvent.click(button('Rename Authenticator app'));
    expect(screen.queryByRole('img', { name: /recovery code/ })).toBeNull();
    expect(screen.getByLabelText('New name for Authenticator app')).toBeTruthy();
  });

  it('after adding another method and coming back, neither the code nor a confirmation is still open', async () => {
    renderManage();
    await userEvent.click(await screen.findByRole('button', { name: 'Show my recovery code again' }));
    await screen.findByRole('img', { name: /recovery code/ });
    await userEvent.click(button('Remove Desk phone'));
    await userEvent.click(screen.getAllByRole('button', { name: 'Add another method' })[0] ?? document.body);
    await userEvent.click(await screen.findByRole('button', { name: 'Back' }));
    await waitFor(() => expectFocused(button('Add another method')));
    expect(screen.queryByRole('img', { name: /recovery code/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Yes, remove it' })).toBeNull();
  });
});
