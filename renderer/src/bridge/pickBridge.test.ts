import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const secret = 'a'.repeat(43);

/** pickBridge as a freshly loaded page runs it, at `url`. */
async function freshStart(url: string) {
  history.replaceState(null, '', url);
  vi.resetModules();
  return import('./pickBridge');
}

describe('the launch secret at start', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => history.replaceState(null, '', '/'));

  it('uses the secret from the URL at once, and keeps it and clears the address bar only when asked (after the first paint)', async () => {
    const { pickBridge, keepLaunchSecret } = await freshStart(`/#k=${secret}`);
    expect(pickBridge()).not.toBeNull();
    expect(sessionStorage.getItem('deskid.launchSecret')).toBeNull();
    expect(window.location.hash).toBe(`#k=${secret}`);
    keepLaunchSecret();
    expect(sessionStorage.getItem('deskid.launchSecret')).toBe(secret);
    expect(window.location.href).not.toContain(secret);
  });

  it('keeps the secret for a reload that comes before the first paint', async () => {
    const { pickBridge } = await freshStart(`/#k=${secret}`);
    pickBridge();
    window.dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem('deskid.launchSecret')).toBe(secret);
    // The reloaded page, with the address bar cleared, finds it in this tab.
    const reloaded = await freshStart('/');
    expect(reloaded.pickBridge()).not.toBeNull();
  });

  it('has no bridge without a secret in the URL or this tab', async () => {
    const { pickBridge } = await freshStart('/');
    expect(pickBridge()).toBeNull();
  });
});
