import { describe, expect, it } from 'vitest';
import { FakeIpcMain } from '../../test/fixtures/fakeElectron';
import { ipcChannels } from '../contract/ipcChannels';
import { createUrlCheck, registerBridge } from './registerBridge';

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
