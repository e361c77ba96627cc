import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { downloadInPage, emitNowhere, type FileSaver } from './AppContext';
import { createAppContext, createKeychain } from './createAppContext';
import { defaultDataDir } from './defaultDataDir';

describe('createAppContext', () => {
  it('wires the browser host: downloads in the page, passkeys in the page, the embedded server to come', () => {
    const context = createAppContext({ hostKind: 'browser', version: '1.2.3', dataDir: '/data/x' });
    expect(context).toMatchObject({
      version: '1.2.3',
      hostKind: 'browser',
      dataDir: '/data/x',
      idServer: { url: '', embedded: true },
      passkeyCeremony: 'page',
    });
    expect(context.saveFile).toBe(downloadInPage);
  });

  it('wires Electron: its save dialog and the ceremony window; --server is used as given', () => {
    const saveWithDialog: FileSaver = () => Promise.resolve({ savedAs: 'cancelled' });
    const context = createAppContext({
      hostKind: 'electron',
      version: '1.2.3',
      dataDir: '/data/x',
      server: 'https://id.example.org',
      saveFile: saveWithDialog,
    });
    expect(context).toMatchObject({
      hostKind: 'electron',
      idServer: { url: 'https://id.example.org', embedded: false },
      passkeyCeremony: 'window',
    });
    expect(context.saveFile).toBe(saveWithDialog);
  });

  it("passes the host's events on, and sends them nowhere when the host has no page (the CLI)", () => {
    const sent: unknown[] = [];
    const context = createAppContext({
      hostKind: 'browser',
      version: '1',
      dataDir: '/data/x',
      emit: (name, payload) => sent.push({ name, payload }),
    });
    context.emit('app.locked', { reason: 'idle' });
    expect(sent).toEqual([{ name: 'app.locked', payload: { reason: 'idle' } }]);
    expect(createAppContext({ hostKind: 'browser', version: '1', dataDir: '/data/x' }).emit).toBe(emitNowhere);
  });

  it('takes the platform data folder when none is given', () => {
    const context = createAppContext({
      hostKind: 'browser',
      version: '1',
      env: { XDG_DATA_HOME: '/xdg' },
    });
    expect(context.dataDir).toBe(defaultDataDir({ XDG_DATA_HOME: '/xdg' }));
  });

  it('reaches the OS keychain under DESKID_KEYCHAIN_SERVICE', async () => {
    const service = `DeskID-test-${randomUUID()}`;
    const context = createAppContext({ hostKind: 'browser', version: '1', env: { DESKID_KEYCHAIN_SERVICE: service } });
    await context.keychain.set('probe', 'value');
    try {
      expect(await new NapiKeychain(service).get('probe')).toBe('value');
      expect(await createKeychain({ DESKID_KEYCHAIN_SERVICE: service }).get('probe')).toBe('value');
      expect(await new NapiKeychain(`${service}-other`).get('probe')).toBeNull();
    } finally {
      await context.keychain.delete('probe');
    }
  });
});
