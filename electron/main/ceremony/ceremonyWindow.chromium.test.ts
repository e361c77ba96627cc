import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../test/fixtures/chromium';
import { startHostHarness, type HostHarness } from '../../../test/fixtures/hostHandlers';
import { ceremonyGlobal, ceremonyResultChannel } from '../../contract/ceremonyPage';
import { downloadInPage, emitNowhere } from '../../services/app/AppContext';
import { createHostState } from '../../services/app/handlers/HostState';
import { signInHandlers } from '../../services/app/handlers/signInHandlers';
import { NapiKeychain } from '../../services/keychain/NapiKeychain';
import { serveCeremonyPage } from '../../services/passkeyCeremony/ceremonyPageResponse';
import { passkeyCeremonyHandlers } from '../../services/passkeyCeremony/passkeyCeremonyHandlers';
import type { PasskeyWindow } from '../../services/passkeyCeremony/PasskeyWindow';
import { createPasskeyWindow, type CeremonyBrowserWindow, type CeremonySession } from './createPasskeyWindow';
import { VirtualAuthenticators } from './virtualAuthenticator';

// The ceremony for real, short of the Electron runtime: the built ceremony page in Debian's
// Chromium, on the mock ID server's WebAuthn origin (http://localhost:<port>), with
// Chromium's virtual authenticator, driven by the real glue (createPasskeyWindow) and the
// real handlers against the real mock server. Electron's session, window and preload are
// played by Playwright: a route per scheme for `protocol.handle`, a page for the window, a
// binding for the preload's `finish`, a CDP session for `webContents.debugger`.

let harness: HostHarness;
let browser: Browser;
let pageDir: string;
let dataDir: string;

beforeAll(async () => {
  pageDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-ceremony-page-'));
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-ceremony-data-'));
  await build({ configFile: 'vite.ceremonyPage.config.ts', logLevel: 'silent', build: { outDir: pageDir } });
  harness = await startHostHarness();
  browser = await chromium.launch(chromiumLaunchOptions());
}, 120_000);

afterAll(async () => {
  await browser.close();
  await harness.stop();
  await rm(pageDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

type ResultListener = (event: { senderFrame: { url: string } | null }, raw: unknown) => void;

/** Electron's session, played by a Playwright context: `protocol.handle` becomes a route for the scheme. */
function sessionOver(browserContext: BrowserContext): CeremonySession {
  const handled = new Set<string>();
  return {
    protocol: {
      isProtocolHandled: (scheme) => handled.has(scheme),
      handle(scheme, handler) {
        handled.add(scheme);
        void browserContext.route(
          (url) => url.protocol === `${scheme}:`,
          async (route) => {
            const request = route.request();
            const answer = await handler(new Request(request.url(), { method: request.method() }));
            await route.fulfill({
              status: answer.status,
              headers: Object.fromEntries(answer.headers),
              body: Buffer.from(await answer.arrayBuffer()),
            });
          },
        );
      },
    },
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    on: () => undefined,
  };
}

/** Electron's window, played by a Playwright page; the preload's `finish` is a binding. */
function windowOver(browserContext: BrowserContext, listeners: Map<Page, ResultListener>): CeremonyBrowserWindow {
  const page = browserContext.newPage();
  const cdp = page.then((opened) => browserContext.newCDPSession(opened));
  const closed: (() => void)[] = [];
  void page.then((opened) => opened.on('close', () => closed.forEach((listener) => listener())));
  let destroyed = false;
  return {
    webContents: {
      ipc: {
        on: (channel, listener) => {
          if (channel === ceremonyResultChannel) void page.then((opened) => listeners.set(opened, listener));
        },
      },
      on: () => undefined,
      debugger: {
        attach: () => undefined,
        sendCommand: async (method, params) => (await cdp).send(method as 'WebAuthn.enable', params),
      },
    },
    on: (_event, listener) => void closed.push(listener),
    loadURL: async (url) => {
      await (await page).goto(url);
    },
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
      void page.then((opened) => opened.close());
    },
  };
}

/**
 * The ceremony window as Electron main builds it, over Playwright (a context of its own),
 * with a virtual authenticator of its own.
 */
async function chromiumPasskeyWindow() {
  const context = await browser.newContext();
  const listeners = new Map<Page, ResultListener>();
  let opened = 0;
  await context.exposeBinding('deskidCeremonyFinish', ({ page, frame }, raw: unknown) => {
    listeners.get(page)?.({ senderFrame: { url: frame.url() } }, raw);
  });
  await context.addInitScript((name) => {
    const finish = (window as unknown as { deskidCeremonyFinish: (raw: unknown) => void }).deskidCeremonyFinish;
    Object.defineProperty(window, name, { value: Object.freeze({ finish }) });
  }, ceremonyGlobal);
  const session = sessionOver(context);
  const window = createPasskeyWindow({
    fromPartition: () => session,
    createWindow: () => {
      opened++;
      return windowOver(context, listeners);
    },
    page: (file, request) => serveCeremonyPage(pageDir, file, request.method),
    preload: 'ceremony-preload.cjs',
    availability: { available: true },
    persistPartition: false,
    virtualAuthenticators: new VirtualAuthenticators(),
    logError: (error) => {
      throw error;
    },
  });
  return { window, context, pagesOpened: () => opened };
}

function electronHost(window: PasskeyWindow) {
  const state = createHostState({
    version: '0.0.0-test',
    hostKind: 'electron',
    dataDir,
    keychain: new NapiKeychain(`deskid-test-ceremony-${randomUUID()}`),
    idServer: { url: harness.server.url, embedded: false },
    saveFile: downloadInPage,
    passkeyCeremony: 'window',
    passkeyWindow: window,
    emit: emitNowhere,
  });
  return { ...signInHandlers(state), ...passkeyCeremonyHandlers(state) };
}

describe('the ceremony window in Chromium (virtual authenticator, real mock ID server)', () => {
  it('creates a passkey in the window, then signs in with it in a second window; each window closes', async () => {
    const { window, context, pagesOpened } = await chromiumPasskeyWindow();
    const password = `ceremony-${randomUUID()}`;
    const username = await harness.newAccount('ceremony', password);

    const enrolling = electronHost(window);
    expect(await enrolling['signIn.password']({ username, password })).toMatchObject({ status: 'signed_in' });
    const registered = await enrolling['passkeyCeremony.register']({ label: 'This computer' });
    expect(registered).toMatchObject({
      status: 'done',
      method: { type: 'passkey', label: 'This computer', verified: true },
    });
    await expect.poll(() => context.pages().length).toBe(0);

    const signingIn = electronHost(window);
    const step = await signingIn['signIn.password']({ username, password });
    expect(step).toMatchObject({ status: 'mfa_required', methods: expect.arrayContaining(['passkey']) as unknown });
    const signedIn = await signingIn['passkeyCeremony.signIn']({});
    expect(signedIn).toMatchObject({ status: 'done', step: { status: 'signed_in', account: { username } } });
    await expect.poll(() => context.pages().length).toBe(0);
    expect(pagesOpened()).toBe(2);
  });

  it('answers already_registered for a second passkey on the same authenticator, and closes the window', async () => {
    const { window: ceremony, context } = await chromiumPasskeyWindow();
    const password = `ceremony-${randomUUID()}`;
    const username = await harness.newAccount('ceremony', password);
    const host = electronHost(ceremony);
    await host['signIn.password']({ username, password });
    expect(await host['passkeyCeremony.register']({})).toMatchObject({ status: 'done' });
    expect(await host['passkeyCeremony.register']({})).toEqual({ status: 'failed', problem: 'already_registered' });
    await expect.poll(() => context.pages().length).toBe(0);
  });
});
