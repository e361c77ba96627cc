import { describe, expect, it } from 'vitest';
import { virtualAuthenticatorRequested } from './virtualAuthenticatorFlag';

describe('virtualAuthenticatorRequested', () => {
  it('is off unless the switch is given', () => {
    expect(virtualAuthenticatorRequested(['electron', '.', '--data-dir', '/x'], { isPackaged: false })).toBe(false);
    expect(virtualAuthenticatorRequested(['deskid'], { isPackaged: true })).toBe(false);
  });

  it('is on in a development run with the switch', () => {
    expect(
      virtualAuthenticatorRequested(['electron', '.', '--test-virtual-authenticator'], { isPackaged: false }),
    ).toBe(true);
  });

  it('is refused, in words, by an installed (packaged) DeskID', () => {
    expect(() =>
      virtualAuthenticatorRequested(['deskid', '--test-virtual-authenticator'], { isPackaged: true }),
    ).toThrow(/--test-virtual-authenticator is for tests only; an installed DeskID refuses it/);
  });
});
