import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandTimers } from '../../../../test/fixtures/fakeElectronCeremony';
import type { EventName } from '../../../contract/events';
import { createSecretClipboard, type RawClipboard } from '../../clipboard/createSecretClipboard';
import { NapiKeychain } from '../../keychain/NapiKeychain';
import { downloadInPage } from '../AppContext';
import type { DesktopShell } from '../DesktopShell';
import { createHostState, type LockReason } from './HostState';

// The one lock hook: every lock runs the listeners and clears the desktop's secret clipboard.
// The OS clipboard is Electron's (none here): a one-text clipboard in memory stands in.
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-host-state-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

function hostWithClipboard() {
  const clipboard = { text: '' };
  const raw: RawClipboard = {
    writeSecret: (text) => Promise.resolve(void (clipboard.text = text)),
    readText: () => Promise.resolve(clipboard.text),
    clear: () => void (clipboard.text = ''),
  };
  const timers = new HandTimers();
  const desktop = { clipboard: createSecretClipboard(raw, { timers }) } as Partial<DesktopShell> as DesktopShell;
  const events: EventName[] = [];
  const state = createHostState({
    ...{ version: '0.0.0-test', hostKind: 'electron', dataDir, saveFile: downloadInPage, passkeyCeremony: 'window' },
    ...{ keychain: new NapiKeychain(`deskid-test-host-state-${randomUUID()}`), desktop },
    idServer: { url: 'http://127.0.0.1:9', embedded: false },
    emit: (name) => void events.push(name),
  });
  return { state, clipboard, desktop, timers, events };
}

describe('HostState lock hook', () => {
  it.each<LockReason>(['user', 'switch_person', 'idle', 'os_lock', 'suspend'])(
    'on a %s lock: the listeners run before app.locked, the epoch moves on, the copied secret is cleared',
    async (reason) => {
      const { state, clipboard, desktop, timers, events } = hostWithClipboard();
      const heard: string[] = [];
      state.onLock((why) => heard.push(`${why} before ${events.length} events`));
      await desktop.clipboard.copySecret('4821 9930 1175 6604', 600);
      await state.lockAll(reason);
      expect(heard).toEqual([`${reason} before 0 events`]);
      expect(events).toEqual(['app.locked']);
      expect(state.lockEpoch).toBe(1);
      await expect.poll(() => clipboard.text).toBe('');
      expect(timers.pending.size).toBe(0);
    },
  );

  it('leaves what the person copied since, and a listener that throws does not stop the lock', async () => {
    const { state, clipboard, desktop, events } = hostWithClipboard();
    const off = state.onLock(() => {
      throw new Error('broken listener');
    });
    await desktop.clipboard.copySecret('123456', 30);
    clipboard.text = 'a note';
    await state.lockAll('user');
    expect(events).toEqual(['app.locked']);
    expect(clipboard.text).toBe('a note');
    off();
    await state.lockAll('user');
    expect(state.lockEpoch).toBe(2);
  });
});
