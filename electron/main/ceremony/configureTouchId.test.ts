import { afterEach, describe, expect, it, vi } from 'vitest';
import { dialogWordsFor } from '../dialogStrings';
import type { WebAuthnApp } from './configureTouchId';

/** `app.configureWebAuthn`, recording what it was given. */
function fakeApp() {
  const configured: unknown[] = [];
  const app: WebAuthnApp = { configureWebAuthn: (options) => void configured.push(options) };
  return { app, configured };
}

/**
 * configureTouchId.ts as built with `DESKID_TOUCH_ID_KEYCHAIN_GROUP` (vite.main.config.ts's
 * `define`) set to `group`; here the name is a global, which the module reads when loaded.
 */
async function builtWith(group: string | null | undefined) {
  vi.resetModules();
  if (group !== undefined) vi.stubGlobal('DESKID_TOUCH_ID_KEYCHAIN_GROUP', group);
  return import('./configureTouchId');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('configureTouchId', () => {
  it('on macOS, in a build for a team, turns Touch ID on with that group and the prompt in the OS locale’s language', async () => {
    const { configureTouchId, touchIdKeychainAccessGroup } = await builtWith('A1B2C3D4E5.org.deskid.app.webauthn');
    expect(touchIdKeychainAccessGroup).toBe('A1B2C3D4E5.org.deskid.app.webauthn');
    const { app, configured } = fakeApp();
    const prompt = dialogWordsFor('system', 'es-ES').touchIdPrompt;
    expect(configureTouchId(app, 'darwin', () => undefined, prompt)).toBe(true);
    expect(configured).toEqual([
      {
        touchID: {
          keychainAccessGroup: 'A1B2C3D4E5.org.deskid.app.webauthn',
          promptReason: 'usar su llave de acceso de DeskID para $1',
        },
      },
    ]);
  });

  it('is off, without asking Electron, in a build without a Team ID (placeholder entitlements)', async () => {
    for (const group of [null, undefined]) {
      const { configureTouchId, touchIdKeychainAccessGroup } = await builtWith(group);
      expect(touchIdKeychainAccessGroup, String(group)).toBeUndefined();
      const { app, configured } = fakeApp();
      expect(
        configureTouchId(app, 'darwin', () => undefined, 'x'),
        String(group),
      ).toBe(false);
      expect(configured, String(group)).toEqual([]);
    }
  });

  it('is off elsewhere, and where the running Electron lacks the API', async () => {
    const { configureTouchId } = await builtWith('A1B2C3D4E5.org.deskid.app.webauthn');
    const { app, configured } = fakeApp();
    expect(configureTouchId(app, 'linux', () => undefined, 'x')).toBe(false);
    expect(configureTouchId({}, 'darwin', () => undefined, 'x')).toBe(false);
    expect(configured).toEqual([]);
  });

  it('logs and answers off when Electron refuses the group', async () => {
    const { configureTouchId } = await builtWith('A1B2C3D4E5.org.deskid.app.webauthn');
    const refusal = new Error('keychain access group not entitled');
    const logged: unknown[] = [];
    const app: WebAuthnApp = {
      configureWebAuthn: () => {
        throw refusal;
      },
    };
    expect(configureTouchId(app, 'darwin', (error) => void logged.push(error), 'x')).toBe(false);
    expect(logged).toEqual([refusal]);
  });
});
