import { describe, expect, it } from 'vitest';
import { dialogWordsFor } from '../dialogStrings';
import { configureTouchId, touchIdKeychainAccessGroup, type WebAuthnApp } from './configureTouchId';

/** `app.configureWebAuthn`, recording what it was given. */
function fakeApp() {
  const configured: unknown[] = [];
  const app: WebAuthnApp = { configureWebAuthn: (options) => void configured.push(options) };
  return { app, configured };
}

describe('configureTouchId', () => {
  it('on macOS turns Touch ID on with the prompt in the OS locale’s language', () => {
    const { app, configured } = fakeApp();
    const prompt = dialogWordsFor('system', 'es-ES').touchIdPrompt;
    expect(configureTouchId(app, 'darwin', () => undefined, prompt)).toBe(true);
    expect(configured).toEqual([
      {
        touchID: {
          keychainAccessGroup: touchIdKeychainAccessGroup,
          promptReason: 'usar su llave de acceso de DeskID para $1',
        },
      },
    ]);
  });

  it('is off elsewhere, and where the running Electron lacks the API', () => {
    const { app, configured } = fakeApp();
    expect(configureTouchId(app, 'linux', () => undefined, 'x')).toBe(false);
    expect(configureTouchId({}, 'darwin', () => undefined, 'x')).toBe(false);
    expect(configured).toEqual([]);
  });
});
