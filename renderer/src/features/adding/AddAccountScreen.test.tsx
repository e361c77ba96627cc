import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../test/renderWithApp';
import { appOn } from '../../platform/appOn.testing';
import AddAccountScreen from './AddAccountScreen';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const github = { id: 'a1', issuer: 'GitHub', label: 'pat', type: 'totp' as const };

describe('AddAccountScreen', () => {
  it('says what is wrong with a pasted link as it is typed, and sends nothing until it is right', async () => {
    const fromUri = vi.fn(() => Promise.resolve({ added: [github], duplicates: [] }));
    renderWithApp(<AddAccountScreen />, { adding: { fromUri } });
    const field = screen.getByRole('textbox', { name: 'Set-up link (otpauth://)' });
    await userEvent.click(field);
    await userEvent.paste('https://github.com/settings');
    expect(screen.getByText('This is not a set-up link: it must start with otpauth://.')).toBeTruthy();
    await userEvent.clear(field);
    await userEvent.paste('otpauth://totp/GitHub:pat?secret=JBSWY3DP');
    expect(
      screen.getByText(
        'The key is too short: it has 8 characters and needs at least 16 (not counting spaces). Check that you copied all of it.',
      ),
    ).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Add from the link' }));
    expect(fromUri).not.toHaveBeenCalled();

    await userEvent.clear(field);
    await userEvent.paste(`otpauth://totp/GitHub:pat?secret=${secret}&digits=9`);
    expect(screen.getByText('The link’s digits must be a whole number from 6 to 8.')).toBeTruthy();
    await userEvent.clear(field);
    await userEvent.paste(`otpauth://totp/GitHub:pat?secret=${secret}`);
    await userEvent.click(screen.getByRole('button', { name: 'Add from the link' }));
    expect(fromUri).toHaveBeenCalledWith({ uri: `otpauth://totp/GitHub:pat?secret=${secret}` });
    expect(await screen.findByRole('heading', { name: 'Added: GitHub: pat.' })).toBeTruthy();
  });

  it('reports an account that is already in the list', async () => {
    const fromUri = vi.fn(() =>
      Promise.resolve({ added: [], duplicates: [{ issuer: 'GitHub', label: 'pat', type: 'totp' as const }] }),
    );
    renderWithApp(<AddAccountScreen />, { adding: { fromUri } });
    await userEvent.click(screen.getByRole('textbox', { name: 'Set-up link (otpauth://)' }));
    await userEvent.paste(`otpauth://totp/GitHub:pat?secret=${secret}`);
    await userEvent.click(screen.getByRole('button', { name: 'Add from the link' }));
    expect(
      await screen.findByRole('heading', { name: 'Already in your list, not added again: GitHub: pat.' }),
    ).toBeTruthy();
  });

  it('shows the host’s refusal of a link with what is wrong', async () => {
    const fromUri = vi.fn(() =>
      Promise.reject(new DeskIdError('invalid_otpauth_uri', 'A Steam otpauth URI must use SHA1.')),
    );
    renderWithApp(<AddAccountScreen />, { adding: { fromUri } });
    await userEvent.click(screen.getByRole('textbox', { name: 'Set-up link (otpauth://)' }));
    await userEvent.paste(`otpauth://steam/x?secret=${secret}&algorithm=SHA256`);
    await userEvent.click(screen.getByRole('button', { name: 'Add from the link' }));
    expect(await screen.findByText('This set-up link is not valid: A Steam otpauth URI must use SHA1.')).toBeTruthy();
  });

  it('checks each manual field as it is typed and sends the account once all are right', async () => {
    const manual = vi.fn(() => Promise.resolve({ added: [github], duplicates: [] }));
    renderWithApp(<AddAccountScreen />, { adding: { manual } });
    const key = screen.getByRole('textbox', { name: 'Set-up key' });
    await userEvent.type(key, 'jbsw y3dp 0');
    expect(
      screen.getByText(
        'The key may only hold letters A–Z, digits 2–7, spaces and dashes. Check for 0, 1, 8 or 9, which keys never contain.',
      ),
    ).toBeTruthy();
    await userEvent.clear(key);
    await userEvent.type(key, 'jbsw y3dp ehpk 3pxp');
    expect(screen.queryByText(/The key may only hold/)).toBeNull();
    const digits = screen.getByRole('textbox', { name: 'Digits' });
    await userEvent.clear(digits);
    await userEvent.type(digits, '9');
    expect(screen.getByText('Codes have 6 to 8 digits.')).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: /counter-based, HOTP/ }));
    expect(screen.queryByRole('textbox', { name: 'Seconds each code lasts' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Counter' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Add the account' }));
    expect(manual).not.toHaveBeenCalled();
    expect(screen.getAllByText('Fill this in.')).toHaveLength(2);

    await userEvent.type(screen.getByRole('textbox', { name: 'Issuer' }), 'GitHub');
    await userEvent.type(screen.getByRole('textbox', { name: 'Account name' }), 'pat');
    await userEvent.clear(digits);
    await userEvent.type(digits, '8');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Algorithm' }), 'SHA256');
    await userEvent.click(screen.getByRole('button', { name: 'Add the account' }));
    expect(manual).toHaveBeenCalledWith({
      issuer: 'GitHub',
      label: 'pat',
      secret: 'jbsw y3dp ehpk 3pxp',
      type: 'hotp',
      algorithm: 'SHA256',
      digits: 8,
      counter: 0,
    });
    expect(await screen.findByRole('heading', { name: 'Added: GitHub: pat.' })).toBeTruthy();
  });

  it('reads a chosen QR picture and shows what it would add before adding', async () => {
    const fromImage = vi.fn(() =>
      Promise.resolve({
        previewId: 'p1',
        format: 'qr_image' as const,
        entries: [{ issuer: 'GitHub', label: 'pat', type: 'totp' as const, status: 'new' as const }],
      }),
    );
    const commit = vi.fn(() => Promise.resolve({ added: 1, duplicates: 0, repeated: 0 }));
    renderWithApp(<AddAccountScreen />, { adding: { fromImage }, importing: { commit } });
    const picture = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'qr.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Picture of the QR code'), picture);
    expect(await screen.findByRole('heading', { name: 'What will be added from “qr.png”' })).toBeTruthy();
    expect(fromImage).toHaveBeenCalledWith({ fileName: 'qr.png', dataBase64: 'iVBORw==' });
    expect(commit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Add 1 account' }));
    expect(commit).toHaveBeenCalledWith({ previewId: 'p1' });
    expect(await screen.findByRole('heading', { name: '1 account added.' })).toBeTruthy();
  });

  it('says when a picture holds no QR code', async () => {
    const fromImage = vi.fn(() => Promise.reject(new DeskIdError('no_qr_code', 'No QR code was found.')));
    renderWithApp(<AddAccountScreen />, { adding: { fromImage } });
    await userEvent.upload(
      screen.getByLabelText('Picture of the QR code'),
      new File(['x'], 'cat.png', { type: 'image/png' }),
    );
    const words = await screen.findByText(
      'No QR code was found in this picture. Make sure the whole code is visible and sharp.',
    );
    // Said by the picture's input, read with it, and the input has focus back.
    const input = screen.getByLabelText('Picture of the QR code');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(words.textContent);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(input.closest('section')?.contains(words)).toBe(true);
    const scan = screen.getByRole('button', { name: 'Scan the screen for a QR code' });
    expect(scan.getAttribute('aria-describedby')).toBeNull();
  });

  it('says a screen without a QR code under the scan button, tied to it, not by the picture input', async () => {
    const grabScreen = vi.fn(() => Promise.resolve({ dataBase64: 'iVBORw==' }));
    const fromImage = vi.fn(() => Promise.reject(new DeskIdError('no_qr_code', 'No QR code was found.')));
    renderWithApp(<AddAccountScreen />, { app: appOn('electron'), desktop: { grabScreen }, adding: { fromImage } });
    const scan = screen.getByRole('button', { name: 'Scan the screen for a QR code' });
    await userEvent.click(scan);
    const words = await screen.findByText(/^No QR code was found on any screen\./);
    expect(document.getElementById(scan.getAttribute('aria-describedby') ?? 'none')?.textContent).toBe(
      words.textContent,
    );
    expect(document.activeElement).toBe(scan);
    expect(screen.getByLabelText('Picture of the QR code').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/in this picture/)).toBeNull();
  });

  it.each([
    ['in a window that cannot share the screen, without calling the host', 'browser' as const],
    ['when the desktop app may not capture the screen', 'electron' as const],
  ])('explains a screen scan it cannot make: %s', async (_case, host) => {
    const grabScreen = vi.fn(() => Promise.resolve({ problem: 'unavailable' as const }));
    renderWithApp(<AddAccountScreen />, { app: appOn(host), desktop: { grabScreen } });
    await userEvent.click(screen.getByRole('button', { name: 'Scan the screen for a QR code' }));
    expect(
      await screen.findByText(
        'This window cannot share the screen. Save a picture of the QR code and choose it above instead.',
      ),
    ).toBeTruthy();
    expect(grabScreen).toHaveBeenCalledTimes(host === 'electron' ? 1 : 0);
  });

  it('in the desktop app, scans the screens the host captured (desktopCapturer) and previews what it found', async () => {
    const grabScreen = vi.fn(() => Promise.resolve({ dataBase64: 'iVBORw==' }));
    const fromImage = vi.fn(() =>
      Promise.resolve({
        previewId: 'p2',
        format: 'qr_image' as const,
        entries: [{ issuer: 'Clinic', label: 'pat', type: 'totp' as const, status: 'new' as const }],
      }),
    );
    renderWithApp(<AddAccountScreen />, { app: appOn('electron'), desktop: { grabScreen }, adding: { fromImage } });
    await userEvent.click(screen.getByRole('button', { name: 'Scan the screen for a QR code' }));
    expect(await screen.findByRole('heading', { name: 'What will be added from “screen.png”' })).toBeTruthy();
    expect(grabScreen).toHaveBeenCalledWith({});
    expect(fromImage).toHaveBeenCalledWith({ fileName: 'screen.png', dataBase64: 'iVBORw==' });
  });

  it('speaks Spanish', async () => {
    renderWithApp(<AddAccountScreen />, {}, { language: 'es' });
    expect(screen.getByRole('heading', { name: 'Añadir una cuenta' })).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: 'Clave de configuración' }), 'JBSWY3DP');
    expect(
      screen.getByText(
        'La clave es demasiado corta: tiene 8 caracteres y necesita al menos 16 (sin contar los espacios). Compruebe que la copió entera.',
      ),
    ).toBeTruthy();
  });
});
