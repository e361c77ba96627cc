import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../test/renderWithApp';
import { serverInfoForTests } from '../signIn/serverInfoForTests';
import ManageScreen from './ManageScreen';
import { account, phoneStepUp, serverNamedMethods } from './manageTestAccount';

describe('ManageScreen', () => {
  it('lists the methods with type, name, when added and last used, in the person’s language', async () => {
    renderWithApp(<ManageScreen />, { signIn: { status: vi.fn(() => Promise.resolve(account)) } });
    const row = (await screen.findAllByRole('row'))[1];
    if (row === undefined) throw new Error('no method row');
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual(['Phone', 'Desk phone (•••-•••-0123) ', 'March 10, 2025', 'April 2, 2025']);
    expect(screen.getByText(/meets the ID server’s rules/)).toBeTruthy();
  });

  it('explains last_method in words and offers to add another method first', async () => {
    const removeMethod = vi.fn(() =>
      Promise.reject(new DeskIdError('last_method', 'You cannot remove your last sign-in method.')),
    );
    renderWithApp(<ManageScreen />, {
      signIn: { status: vi.fn(() => Promise.resolve(account)) },
      manage: { removeMethod },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Desk phone' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(removeMethod).toHaveBeenCalledWith({ factorId: 'f1' });
    expect(
      await screen.findByText('This is your only sign-in method. Add another one first, then remove this one.'),
    ).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Add another method' }).length).toBeGreaterThan(0);
    // "Yes, remove it" gave way to the row's "Add another method": focus went with it.
    expect(document.activeElement).toBe(screen.getAllByRole('button', { name: 'Add another method' })[0]);
  });

  it('asks for a step-up before removing when the session is not fresh', async () => {
    const stepUp = vi.fn(() => Promise.resolve(phoneStepUp));
    const removeMethod = vi.fn();
    renderWithApp(<ManageScreen />, {
      signIn: { status: vi.fn(() => Promise.resolve({ ...account, fresh: false })), stepUp },
      manage: { removeMethod },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Desk phone' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(await screen.findByRole('heading', { name: 'Confirm it’s you' })).toBeTruthy();
    expect(stepUp).toHaveBeenCalledOnce();
    expect(removeMethod).not.toHaveBeenCalled();
    // Cancel gives focus back to the button that asked, not to the page's body.
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Confirm it’s you' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, remove it' })));
    expect(removeMethod).not.toHaveBeenCalled();
  });

  it('when adding is refused for a session that went stale, asks for the step-up instead of signing out', async () => {
    const stepUp = vi.fn(() => Promise.resolve(phoneStepUp));
    const addPhone = vi.fn(() => Promise.reject(new DeskIdError('step_up_required', 'Confirm it is you first.')));
    const signOut = vi.fn();
    renderWithApp(<ManageScreen />, {
      // The page still believes the session is fresh: the 10 minutes ran out while it was open.
      signIn: { status: vi.fn(() => Promise.resolve(account)), server: serverInfoForTests(), stepUp, signOut },
      enrollment: { addPhone },
    });
    const [addButton] = await screen.findAllByRole('button', { name: 'Add another method' });
    if (addButton === undefined) throw new Error('no Add another method button');
    await userEvent.click(addButton);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose Password + phone' }));
    await userEvent.type(await screen.findByLabelText('Phone number'), '2015550101');
    await userEvent.click(screen.getByRole('button', { name: 'Send the code' }));
    expect(await screen.findByText(/confirm it again to add this method/i)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm it’s you' }));
    expect(await screen.findByRole('heading', { name: 'Confirm it’s you' })).toBeTruthy();
    expect(stepUp).toHaveBeenCalledOnce();
    expect(signOut).not.toHaveBeenCalled();
    // The form that asked is gone: Cancel gives focus to the button that opens it again.
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(addButton));
  });

  it('without a full session, says so and links to the start', async () => {
    renderWithApp(<ManageScreen />, {
      signIn: { status: vi.fn(() => Promise.resolve({ ...account, scope: 'enroll' as const })) },
    });
    expect(await screen.findByText(/Finish setting up sign-in first/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toBeTruthy();
  });

  it('speaks Spanish', async () => {
    renderWithApp(<ManageScreen />, { signIn: { status: vi.fn(() => Promise.resolve(account)) } }, { language: 'es' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mis métodos de inicio de sesión' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Último uso' })).toBeTruthy();
    expect(screen.getByText('10 de marzo de 2025')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mostrar de nuevo mi código de recuperación' })).toBeTruthy();
  });

  it('names the server-named methods in the person’s language, and keeps a chosen name as typed', async () => {
    const withDefaults = { ...account, methods: [...account.methods, ...serverNamedMethods] };
    const status = vi.fn(() => Promise.resolve(withDefaults));
    const names = async () =>
      (await screen.findAllByRole('row')).slice(1).map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    const { unmount } = renderWithApp(<ManageScreen />, { signIn: { status } });
    expect(await names()).toEqual(['Desk phone (•••-•••-0123) ', 'Phone ending 0958 ', 'Authenticator app ']);
    unmount();
    renderWithApp(<ManageScreen />, { signIn: { status } }, { language: 'es' });
    expect(await names()).toEqual([
      'Desk phone (•••-•••-0123) ',
      'Teléfono terminado en 0958 ',
      'Aplicación de autenticación ',
    ]);
    // The buttons and the confirmation say the same name.
    await userEvent.click(screen.getByRole('button', { name: 'Quitar Teléfono terminado en 0958' }));
    expect(
      screen.getByText('¿Quitar «Teléfono terminado en 0958»? Ya no podrá iniciar sesión con este método.'),
    ).toBeTruthy();
  });
});
