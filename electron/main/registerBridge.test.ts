import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeIpcMain } from '../../test/fixtures/fakeElectron';
import { calls } from '../contract/calls';
import { createDispatcher } from '../contract/dispatcher';
import { ipcChannels } from '../contract/ipcChannels';
import { downloadInPage } from '../services/app/AppContext';
import { createAppContext } from '../services/app/createAppContext';
import { createHandlers } from '../services/app/createHandlers';
import { createUrlCheck, registerBridge, sendToAppWindows } from './registerBridge';

const dispatch = (name: unknown, input: unknown) => Promise.resolve({ ok: true as const, value: { name, input } });

function setUp(devServer?: string) {
  const ipcMain = new FakeIpcMain();
  registerBridge(ipcMain, dispatch, createUrlCheck(devServer));
  return ipcMain;
}

describe('registerBridge', () => {
  it('registers the whole bridge on the contract channel and dispatches calls from the app page', async () => {
    const ipcMain = setUp();
    expect([...ipcMain.handlers.keys()]).toEqual([ipcChannels.call]);
    expect(await ipcMain.invoke(ipcChannels.call, 'app://deskid/index.html', 'app.info', {})).toEqual({
      ok: true,
      value: { name: 'app.info', input: {} },
    });
  });

  it('refuses calls from any other frame', async () => {
    const ipcMain = setUp();
    for (const url of ['https://evil.test/', 'app://other/index.html', 'file:///etc/passwd', 'about:blank', '', null]) {
      expect(await ipcMain.invoke(ipcChannels.call, url, 'app.info', {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden_origin' },
      });
    }
  });

  it('trusts the Vite dev server only when one is configured', async () => {
    const dev = setUp('http://localhost:5173');
    expect(await dev.invoke(ipcChannels.call, 'http://localhost:5173/', 'app.info', {})).toMatchObject({ ok: true });
    const packaged = setUp();
    expect(await packaged.invoke(ipcChannels.call, 'http://localhost:5173/', 'app.info', {})).toMatchObject({
      ok: false,
    });
  });
});

describe('registerBridge over the real dispatcher and handlers', () => {
  const context = createAppContext({
    hostKind: 'electron',
    version: '0.0.0-test',
    dataDir: path.join(os.tmpdir(), `deskid-bridge-${randomUUID()}`),
    server: 'http://127.0.0.1:9',
    saveFile: downloadInPage,
  });
  const reached: unknown[] = [];
  const real = createDispatcher({ handlers: createHandlers(context) });
  const ipcMain = new FakeIpcMain();
  registerBridge(
    ipcMain,
    (name, input) => {
      reached.push(name);
      return real(name, input);
    },
    createUrlCheck(undefined),
  );

  it.each(Object.keys(calls))('registers %s and refuses input that breaks its schema', async (name) => {
    const answer = await ipcMain.invoke(ipcChannels.call, 'app://deskid/index.html', name, 'not an object');
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect((answer as { error: { message: string } }).error.message).toContain(name);
  });

  it('answers unknown_call for a name the contract does not have', async () => {
    expect(await ipcMain.invoke(ipcChannels.call, 'app://deskid/index.html', 'vault.dump', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_call' },
    });
  });

  it('refuses every call from another frame before the dispatcher sees it', async () => {
    reached.length = 0;
    for (const name of Object.keys(calls)) {
      expect(await ipcMain.invoke(ipcChannels.call, 'https://evil.test/', name, {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden_origin' },
      });
    }
    expect(reached).toEqual([]);
  });

  it('sends host events to the app windows only, never to a ceremony window or a destroyed one', () => {
    const sent: string[] = [];
    const window = (url: string, destroyed = false) => ({
      isDestroyed: () => destroyed,
      webContents: { getURL: () => url, send: (channel: string) => sent.push(`${channel} ${url}`) },
    });
    const message = { name: 'app.locked', payload: { reason: 'user' } };
    sendToAppWindows(
      [
        window('app://deskid/index.html'),
        window('http://localhost:4799/__deskid-passkey-ceremony/index.html'),
        window('app://deskid/index.html#gone', true),
        window(''),
      ],
      createUrlCheck(undefined),
      message,
    );
    expect(sent).toEqual([`${ipcChannels.event} app://deskid/index.html`]);
  });
});
