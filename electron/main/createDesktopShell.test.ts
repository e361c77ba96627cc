import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FakeClipboard,
  FakeClipboardItem,
  FakeGlobalShortcut,
  FakePowerMonitor,
  FakeTray,
  FakeWindow,
  fakeThumbnail,
  type FakeMenuItem,
} from '../../test/fixtures/fakeElectron';
import { createDispatcher } from '../contract/dispatcher';
import type { EventName, EventPayload } from '../contract/events';
import { downloadInPage } from '../services/app/AppContext';
import { createAppContext } from '../services/app/createAppContext';
import { createHandlers } from '../services/app/createHandlers';
import { createProfileStore } from '../services/app/createProfileStore';
import { NapiKeychain } from '../services/keychain/NapiKeychain';
import { createDesktopShell } from './createDesktopShell';
import type { ElectronClipboard } from './markedClipboard';
import { openCodesAccelerator } from './openCodesShortcut';

// The desktop shell over the real handlers, settings file and keychain; only Electron is faked.
const keychainService = `deskid-test-shell-${randomUUID()}`;
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-shell-'));
  // One person on their own computer: profiles need no PIN (no Argon2 in this test).
  await writeFile(
    path.join(dataDir, 'settings.json'),
    JSON.stringify({ format: 'deskid-settings', version: 2, sharedDesktopMode: false }),
  );
});
afterEach(async () => {
  const store = createProfileStore({ dataDir, keychain: new NapiKeychain(keychainService) });
  for (const profile of await store.list()) await store.remove(profile.id);
  await rm(dataDir, { recursive: true, force: true });
});

/** Each display's picture (display 2 holds the DeskID window); two tiny pictures with no QR code unless given. */
interface Pictures {
  display1: Uint8Array;
  display2: Uint8Array;
}

function setUp({
  policyFile,
  pictures = { display1: new Uint8Array([1]), display2: new Uint8Array([2]) },
}: { policyFile?: string; pictures?: Pictures } = {}) {
  const powerMonitor = new FakePowerMonitor();
  // The Linux screen-lock poll, run by hand.
  const polls: (() => void)[] = [];
  const globalShortcut = new FakeGlobalShortcut();
  const tray = new FakeTray();
  const clipboard = new FakeClipboard();
  const window = new FakeWindow();
  const events: { name: EventName; payload: EventPayload<EventName> }[] = [];
  const errors: unknown[] = [];
  let quits = 0;
  const shell = createDesktopShell({
    clipboard: {
      clipboard: clipboard as unknown as ElectronClipboard['clipboard'],
      ClipboardItem: FakeClipboardItem as unknown as ElectronClipboard['ClipboardItem'],
    },
    screens: {
      desktopCapturer: {
        getSources: () =>
          Promise.resolve([
            { display_id: '1', thumbnail: fakeThumbnail(pictures.display1) },
            { display_id: '2', thumbnail: fakeThumbnail(pictures.display2) },
          ]),
      },
      displays: () => [{ id: 1, size: { width: 800, height: 600 }, scaleFactor: 1 }],
      windowDisplayId: () => 2,
    },
    powerMonitor: powerMonitor as never,
    presence: { platform: 'linux', every: (run) => void polls.push(run) },
    globalShortcut,
    tray: () => ({
      setToolTip: (text) => tray.setToolTip(text),
      showMenu: (template) => tray.setContextMenu(template as FakeMenuItem[]),
      onClick: (listener) => tray.on('click', listener),
      osLocale: () => 'en-US',
    }),
    mainContents: () => window.webContents,
    bringForward: () => window.show(),
    quit: () => quits++,
    onError: (error) => errors.push(error),
  });
  const context = createAppContext({
    hostKind: 'electron',
    version: '0.0.0-test',
    dataDir,
    server: 'http://127.0.0.1:9',
    // No machine policy but the test's own (the machine's /etc/deskid is not read).
    env: {
      ...process.env,
      DESKID_KEYCHAIN_SERVICE: keychainService,
      DESKID_POLICY_FILE: policyFile ?? path.join(dataDir, 'no-policy.json'),
    },
    saveFile: downloadInPage,
    desktop: shell,
    emit: (name, payload) => events.push({ name, payload }),
  });
  const dispatch = createDispatcher({ handlers: createHandlers(context) });
  const call = async (name: string, input: unknown) => {
    const answer = await dispatch(name, input);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as Record<string, unknown>;
  };
  const poll = () => polls.forEach((run) => run());
  return {
    powerMonitor,
    poll,
    globalShortcut,
    tray,
    clipboard,
    window,
    events,
    errors,
    call,
    shell,
    quits: () => quits,
  };
}

/** Waits until the tray's menu has been rebuilt to show `label`. */
async function menuShows(tray: FakeTray, label: string): Promise<void> {
  for (let tries = 0; tries < 100 && !tray.menu.some((item) => item.label === label); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(tray.menu.map((item) => item.label)).toContain(label);
}

describe('the desktop shell (Electron main, over the real services)', () => {
  it.each([
    ['lock-screen', 'os_lock'],
    ['suspend', 'suspend'],
    ['user-did-resign-active', 'os_lock'],
  ])('locks every profile on %s and tells the pages (%s)', async (osEvent, reason) => {
    const { powerMonitor, call, events } = setUp();
    const pat = await call('profiles.create', { name: 'Pat' });
    await call('profiles.unlock', { id: pat.id });
    expect(await call('profiles.list', {})).toMatchObject({ profiles: [{ name: 'Pat', unlocked: true }] });
    powerMonitor.emit(osEvent);
    for (let tries = 0; tries < 100 && events.length === 0; tries++) await new Promise((r) => setTimeout(r, 10));
    expect(events).toEqual([{ name: 'app.locked', payload: { reason } }]);
    expect(await call('profiles.list', {})).toMatchObject({ profiles: [{ name: 'Pat', unlocked: false }] });
    await expect(call('codes.list', {})).rejects.toThrow(/vault_locked/);
  });

  it('on Linux (no lock-screen event), polls the idle state and locks once each time the screen turns locked', async () => {
    const { powerMonitor, poll, call, events } = setUp();
    const pat = await call('profiles.create', { name: 'Pat' });
    await call('profiles.unlock', { id: pat.id });
    poll();
    powerMonitor.idleState = 'idle';
    poll();
    expect(events).toEqual([]);
    expect(await call('profiles.list', {})).toMatchObject({ profiles: [{ unlocked: true }] });
    powerMonitor.idleState = 'locked';
    poll();
    for (let tries = 0; tries < 100 && events.length === 0; tries++) await new Promise((r) => setTimeout(r, 10));
    expect(events).toEqual([{ name: 'app.locked', payload: { reason: 'os_lock' } }]);
    expect(await call('profiles.list', {})).toMatchObject({ profiles: [{ unlocked: false }] });
    // Still locked: no second lock; unlocked, then locked again: locks again.
    poll();
    powerMonitor.idleState = 'active';
    poll();
    powerMonitor.idleState = 'locked';
    poll();
    for (let tries = 0; tries < 100 && events.length < 2; tries++) await new Promise((r) => setTimeout(r, 10));
    expect(events.map((event) => event.name)).toEqual(['app.locked', 'app.locked']);
  });

  it('lists the people in the tray, and its Lock all locks them', async () => {
    const { tray, call, events, shell } = setUp();
    const pat = await call('profiles.create', { name: 'Pat' });
    await call('profiles.create', { name: 'Sam' });
    await call('profiles.unlock', { id: pat.id });
    shell.refreshTray();
    await menuShows(tray, 'Pat (open)');
    expect(tray.menu.map((item) => item.label ?? item.type)).toEqual([
      'Open DeskID',
      'separator',
      'People on this computer',
      'Pat (open)',
      'Sam',
      'separator',
      'Lock all',
      'Quit DeskID',
    ]);
    tray.clickItem('Lock all');
    await menuShows(tray, 'Pat');
    expect(events).toEqual([{ name: 'app.locked', payload: { reason: 'user' } }]);
    expect(await call('profiles.list', {})).toMatchObject({ profiles: [{ unlocked: false }, { unlocked: false }] });
    expect(tray.menu.find((item) => item.label === 'Lock all')?.enabled).toBe(false);
  });

  it('speaks Spanish in the tray when the person chose it, and tells the dialogs the language', async () => {
    const { tray, call, shell } = setUp();
    expect(await shell.language()).toBe('system');
    await call('settings.update', { language: 'es' });
    await menuShows(tray, 'Bloquear todo');
    expect(tray.menu.map((item) => item.label)).toContain('Nadie todavía');
    expect(await shell.language()).toBe('es');
  });

  it('registers no global shortcut by default, and follows the setting both ways', async () => {
    const { globalShortcut, call, window, events } = setUp();
    await call('settings.get', {});
    expect(globalShortcut.registered.size).toBe(0);
    await call('settings.update', { openCodesShortcut: true });
    expect([...globalShortcut.registered.keys()]).toEqual([openCodesAccelerator]);
    globalShortcut.press(openCodesAccelerator);
    expect(window.visible).toBe(true);
    expect(events).toContainEqual({ name: 'app.openCodes', payload: {} });
    await call('settings.update', { openCodesShortcut: false });
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('never registers the shortcut where machine policy forbids it, whatever the setting', async () => {
    const policyFile = path.join(dataDir, 'policy.json');
    await writeFile(policyFile, JSON.stringify({ allowGlobalShortcut: false }));
    const { globalShortcut, call } = setUp({ policyFile });
    expect(await call('settings.update', { openCodesShortcut: true })).toMatchObject({ openCodesShortcut: true });
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('copies a code through the marked clipboard: the page never receives it', async () => {
    const { call, clipboard } = setUp();
    const pat = await call('profiles.create', { name: 'Pat' });
    await call('profiles.unlock', { id: pat.id });
    const added = await call('adding.fromUri', {
      uri: 'otpauth://totp/Clinic:pat?secret=JBSWY3DPEHPK3PXP&issuer=Clinic',
    });
    const id = (added.added as { id: string }[])[0]?.id;
    const answer = await call('codes.copy', { id });
    expect(answer).toEqual({ copiedBy: 'host', alreadyUsed: false, clearAfterSeconds: 30 });
    expect(clipboard.entry['text/plain']).toMatch(/^\d{6}$/);
    expect(clipboard.entry['electron application/osclipboard;format="x-kde-passwordManagerHint"']).toBe('secret');
    expect(await call('desktop.copySecret', { text: '1234 5678 9012 3452', clearAfterSeconds: 60 })).toEqual({
      copiedBy: 'host',
      clearAfterSeconds: 60,
    });
    expect(clipboard.entry['text/plain']).toBe('1234 5678 9012 3452');
  });

  it('prints the main window', async () => {
    const { call, window } = setUp();
    expect(await call('desktop.print', {})).toEqual({ printedBy: 'host', printed: true });
    expect(window.printed).toEqual([{ silent: false, printBackground: false }]);
    window.printAnswer = [false, 'cancelled'];
    expect(await call('desktop.print', {})).toEqual({ printedBy: 'host', printed: false });
  });

  it('sends no screenshot when no screen shows a QR code: it answers no_qr_code', async () => {
    const { call } = setUp();
    expect(await call('desktop.grabScreen', {})).toEqual({ problem: 'no_qr_code' });
  });

  it('sends only the screen showing a QR code, looking at the window’s screen first', async () => {
    const qr = (text: string) => QRCode.toBuffer(text, { type: 'png', scale: 6, margin: 4 });
    const onOther = await qr('otpauth://totp/Clinic:pat?secret=JBSWY3DPEHPK3PXP&issuer=Clinic');
    const { call } = setUp({ pictures: { display1: onOther, display2: new Uint8Array([2]) } });
    expect(await call('desktop.grabScreen', {})).toEqual({ dataBase64: onOther.toString('base64') });
    const onWindow = await qr('otpauth://totp/Clinic:sam?secret=JBSWY3DPEHPK3PXP&issuer=Clinic');
    const both = setUp({ pictures: { display1: onOther, display2: onWindow } });
    expect(await both.call('desktop.grabScreen', {})).toEqual({ dataBase64: onWindow.toString('base64') });
  });
});
