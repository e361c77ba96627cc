import { describe, expect, it } from 'vitest';
import { FakeCeremonySession, FakeCeremonyWindow, HandTimers } from '../../../test/fixtures/fakeElectronCeremony';
import { ceremonyResultChannel } from '../../contract/ceremonyPage';
import { runCeremony } from '../../services/passkeyCeremony/runCeremony';
import { createPasskeyWindow, type PasskeyWindowDeps } from './createPasskeyWindow';
import { VirtualAuthenticators } from './virtualAuthenticator';

const origin = 'http://localhost:4799';
const pageUrl = `${origin}/__deskid-passkey-ceremony/index.html`;
const b64 = 'AAAA';
const assertion = {
  id: b64,
  rawId: b64,
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: b64, authenticatorData: b64, signature: b64 },
};
const options = { challenge: 'Y2hhbGxlbmdl', timeout: 60_000, rpId: 'localhost' };

/** The glue over fakes: every window and session it made, and every error it logged. */
function glue(extra: Partial<PasskeyWindowDeps> = {}) {
  const windows: FakeCeremonyWindow[] = [];
  const sessions = new Map<string, FakeCeremonySession>();
  const errors: unknown[] = [];
  const window = createPasskeyWindow({
    fromPartition: (partition) => {
      const session = sessions.get(partition) ?? new FakeCeremonySession(partition);
      sessions.set(partition, session);
      return session;
    },
    createWindow: (windowOptions) => {
      const made = new FakeCeremonyWindow(windowOptions as Record<string, unknown>);
      windows.push(made);
      return made;
    },
    page: (file) => Promise.resolve(new Response(`page ${file}`)),
    preload: '/app/.vite/build/ceremony-preload.cjs',
    availability: { available: true },
    persistPartition: false,
    logError: (error) => errors.push(error),
    ...extra,
  });
  const timers = new HandTimers();
  const run = () => runCeremony({ window, kind: 'authenticate', options, origin, timers });
  /** The first window, once the page has been loaded into it. */
  const opened = async () => {
    await expect.poll(() => windows[0]?.loaded).toBeDefined();
    const [first] = windows;
    if (first === undefined) throw new Error('No ceremony window was opened');
    return first;
  };
  return { window, windows, sessions, errors, timers, run, opened };
}

describe('the ceremony window (Electron glue over the fake)', () => {
  it('is small, sandboxed and isolated, in the origin’s own in-memory partition, with the ceremony preload', async () => {
    const { run, opened, sessions } = glue();
    void run();
    const window = await opened();
    expect(window.options).toMatchObject({
      width: 480,
      height: 360,
      webPreferences: {
        partition: expect.stringMatching(/^deskid-ceremony-[0-9a-f]{16}$/) as unknown,
        preload: '/app/.vite/build/ceremony-preload.cjs',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: false,
      },
    });
    expect(window.loaded?.startsWith(`${pageUrl}#`)).toBe(true);
    const [session] = [...sessions.values()];
    expect(session?.partition).toBe((window.options.webPreferences as { partition: string }).partition);
    const granted: boolean[] = [];
    session?.permissionRequest?.(null, 'media', (answer) => granted.push(answer));
    expect([granted, session?.permissionCheck?.()]).toEqual([[false], false]);
  });

  it('closes on success, answering the result', async () => {
    const { run, opened } = glue();
    const pending = run();
    const window = await opened();
    window.webContents.sendFromPage(ceremonyResultChannel, pageUrl, { ok: true, response: assertion });
    await expect(pending).resolves.toEqual({ ok: true, response: assertion });
    expect(window.destroyed).toBe(true);
  });

  it("closes on failure: the page's problem, or its load failing", async () => {
    const first = glue();
    const pending = first.run();
    const window = await first.opened();
    window.webContents.sendFromPage(ceremonyResultChannel, pageUrl, { ok: false, problem: 'cancelled' });
    await expect(pending).resolves.toEqual({ ok: false, problem: 'cancelled' });
    expect(window.destroyed).toBe(true);

    const second = glue();
    const failing = second.run();
    const broken = await second.opened();
    broken.webContents.emit('did-fail-load', {}, -105, 'NAME_NOT_RESOLVED', pageUrl, true);
    await expect(failing).resolves.toEqual({ ok: false, problem: 'failed' });
    expect(broken.destroyed).toBe(true);
  });

  it('closes on timeout', async () => {
    const { run, opened, timers } = glue();
    const pending = run();
    const window = await opened();
    timers.fire();
    await expect(pending).resolves.toEqual({ ok: false, problem: 'timeout' });
    expect(window.destroyed).toBe(true);
  });

  it('answers cancelled when the person closes the window, or its page crashes', async () => {
    const first = glue();
    const pending = first.run();
    (await first.opened()).emit('closed');
    await expect(pending).resolves.toEqual({ ok: false, problem: 'cancelled' });

    const second = glue();
    const crashing = second.run();
    (await second.opened()).webContents.emit('render-process-gone');
    await expect(crashing).resolves.toEqual({ ok: false, problem: 'cancelled' });
  });

  it('hears a result only from the ceremony page’s own frame', async () => {
    const { run, opened, timers } = glue();
    const pending = run();
    const window = await opened();
    window.webContents.sendFromPage(ceremonyResultChannel, `${origin}/login`, { ok: true, response: assertion });
    window.webContents.sendFromPage(ceremonyResultChannel, 'https://evil.example/__deskid-passkey-ceremony/', {
      ok: true,
      response: assertion,
    });
    timers.fire();
    await expect(pending).resolves.toEqual({ ok: false, problem: 'timeout' });
  });

  it('logs a failed load by its code and origin only: no URL, so no challenge or user from the fragment', async () => {
    const { run, errors } = glue({
      createWindow: (windowOptions) => {
        const made = new FakeCeremonyWindow(windowOptions as Record<string, unknown>);
        made.loadURL = (url) => Promise.reject(new Error(`ERR_ABORTED (-3) loading '${url}'`));
        return made;
      },
    });
    await expect(run()).resolves.toEqual({ ok: false, problem: 'failed' });
    expect(errors).toHaveLength(1);
    const logged = (errors[0] as Error).message;
    expect(logged).toBe(`The passkey ceremony page did not load (ERR_ABORTED) from ${origin}`);
    for (const secret of [options.challenge, '#', '__deskid-passkey-ceremony', 'rpId']) {
      expect(logged).not.toContain(secret);
    }
  });

  it('serves the ceremony page from the bundle for its path only, and answers 404 to every other request', async () => {
    const { run, opened, sessions } = glue();
    void run();
    await opened();
    const [session] = [...sessions.values()];
    if (session === undefined) throw new Error('no ceremony session');
    expect([...session.handlers.keys()]).toEqual(['http']);
    expect(await (await session.fetch(pageUrl)).text()).toBe('page /index.html');
    expect(await (await session.fetch(`${origin}/__deskid-passkey-ceremony/assets/a.js`)).text()).toBe(
      'page /assets/a.js',
    );
    for (const url of [
      `${origin}/api/v1/server-info`,
      `${origin}/__deskid-passkey-ceremony-not/index.html`,
      'http://localhost:4800/__deskid-passkey-ceremony/index.html',
      'http://example.org/',
    ]) {
      const answer = await session.fetch(url);
      expect([url, answer.status, await answer.text()]).toEqual([url, 404, '']);
    }
  });

  it('sets each origin’s session up once, and answers select-webauthn-account with the expected account', async () => {
    const { window, sessions, timers } = glue();
    const expected = { allowCredentialIds: [], username: 'ana.garcia' };
    for (let i = 0; i < 2; i++) {
      const pending = runCeremony({ window, kind: 'authenticate', options, origin, expected, timers });
      timers.fire();
      await pending;
    }
    expect(sessions.size).toBe(1);
    const [session] = [...sessions.values()];
    const chosen: (string | null | undefined)[] = [];
    const accounts = [
      { credentialId: 'cred-ben', name: 'ben.okafor' },
      { credentialId: 'cred-ana', name: 'ana.garcia' },
    ];
    session?.emit('select-webauthn-account', {}, { accounts }, (id?: string | null) => chosen.push(id));
    session?.emit('select-webauthn-account', {}, { accounts: [accounts[0], accounts[0]] }, (id?: string | null) =>
      chosen.push(id),
    );
    expect(chosen).toEqual(['cred-ana', null]);
  });

  it("with --test-virtual-authenticator, attaches Chromium's virtual authenticator before the page loads and carries its credentials to the next window", async () => {
    const { window, windows, timers } = glue({ virtualAuthenticators: new VirtualAuthenticators() });
    const first = runCeremony({ window, kind: 'register', options, origin, timers });
    await expect.poll(() => windows[0]?.loaded).toBeDefined();
    const debug = windows[0]?.webContents.debugger;
    expect(debug?.attached).toBe('1.3');
    expect(debug?.commands.slice(0, 2)).toEqual([
      { method: 'WebAuthn.enable', params: { enableUI: false } },
      {
        method: 'WebAuthn.addVirtualAuthenticator',
        params: {
          options: expect.objectContaining({
            transport: 'internal',
            hasResidentKey: true,
            hasUserVerification: true,
            isUserVerified: true,
          }) as unknown,
        },
      },
    ]);
    if (debug !== undefined) debug.credentials = [{ credentialId: 'made-here' }];
    windows[0]?.webContents.sendFromPage(ceremonyResultChannel, pageUrl, { ok: false, problem: 'failed' });
    await first;
    await expect.poll(() => windows[0]?.destroyed).toBe(true);
    expect(debug?.commands.at(-1)?.method).toBe('WebAuthn.getCredentials');

    void runCeremony({ window, kind: 'authenticate', options, origin, timers });
    await expect.poll(() => windows[1]?.loaded).toBeDefined();
    expect(windows[1]?.webContents.debugger.commands).toContainEqual({
      method: 'WebAuthn.addCredential',
      params: { authenticatorId: 'auth-1', credential: { credentialId: 'made-here' } },
    });
  });
});
