import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../../../electron/contract/appInfo';
import { renderWithApp } from '../../../../test/renderWithApp';
import { PasskeySetup } from './PasskeySetup';

function appInfo(hostKind: AppInfo['hostKind'], platform: AppInfo['platform']): AppInfo {
  return {
    name: 'DeskID',
    version: '0.0.0',
    platform,
    hostKind,
    dataDir: '/tmp/deskid',
    keychain: { reachable: true, backend: 'Secret Service' },
  };
}

describe('PasskeySetup', () => {
  it('says what the OS prompt will ask, names the passkey after the platform, and lets the name be changed', async () => {
    renderWithApp(<PasskeySetup onBack={vi.fn()} onDone={vi.fn()} />, {
      app: { info: vi.fn(() => Promise.resolve(appInfo('browser', 'win32'))) },
    });
    expect(screen.getByText(/confirm with your face, fingerprint or PIN/)).toBeTruthy();
    const name = screen.getByLabelText<HTMLInputElement>('Name for this passkey');
    await vi.waitFor(() => expect(name.value).toBe('Windows Hello on this computer'));
    await userEvent.clear(name);
    await userEvent.type(name, 'Front desk');
    expect(name.value).toBe('Front desk');
  });

  it('in a page with no platform authenticator (jsdom has no WebAuthn), says so before any request and offers another method', async () => {
    const passkeyOptions = vi.fn();
    const onBack = vi.fn();
    renderWithApp(<PasskeySetup onBack={onBack} onDone={vi.fn()} />, {
      app: { info: vi.fn(() => Promise.resolve(appInfo('browser', 'linux'))) },
      enrollment: { passkeyOptions },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Create my passkey' }));
    expect(await screen.findByText(/cannot hold a passkey/)).toBeTruthy();
    expect(passkeyOptions).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Choose another method' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('in the desktop app, a ceremony window that fails is told in words, with try again and another method', async () => {
    const register = vi.fn(() => Promise.resolve({ status: 'failed' as const, problem: 'failed' as const }));
    renderWithApp(<PasskeySetup onBack={vi.fn()} onDone={vi.fn()} />, {
      app: { info: vi.fn(() => Promise.resolve(appInfo('electron', 'darwin'))) },
      passkeyCeremony: { available: () => Promise.resolve({ available: true }), register },
    });
    await vi.waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Name for this passkey').value).toBe('Touch ID on this Mac'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create my passkey' }));
    expect(await screen.findByText(/could not be made/)).toBeTruthy();
    expect(register).toHaveBeenCalledWith({ label: 'Touch ID on this Mac' });
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Choose another method' })).toBeTruthy();
  });

  it('refuses an empty name in words, with no ceremony', async () => {
    const info = vi.fn(() => Promise.resolve(appInfo('browser', 'linux')));
    renderWithApp(<PasskeySetup onBack={vi.fn()} onDone={vi.fn()} />, { app: { info } });
    const name = screen.getByLabelText('Name for this passkey');
    await vi.waitFor(() => expect((name as HTMLInputElement).value).toBe('This computer'));
    await userEvent.clear(name);
    await userEvent.type(name, '{Enter}');
    expect(screen.getByText(/Give the passkey a name/)).toBeTruthy();
    expect(info).toHaveBeenCalledOnce();
  });

  it('speaks Spanish', () => {
    renderWithApp(
      <PasskeySetup onBack={vi.fn()} onDone={vi.fn()} />,
      { app: { info: vi.fn(() => Promise.resolve(appInfo('browser', 'linux'))) } },
      { language: 'es' },
    );
    expect(screen.getByText(/Su equipo le pedirá que confirme con su cara/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Crear mi llave de acceso' })).toBeTruthy();
  });
});
