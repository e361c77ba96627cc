import path from 'node:path';
import { app, BrowserWindow, dialog, globalShortcut, ipcMain, protocol, session } from 'electron';
import { demoAccounts, demoPassword, startServer } from '../../server/index';
import { createDispatcher } from '../contract/dispatcher';
import { events } from '../contract/events';
import { createAppContext } from '../services/app/createAppContext';
import { createHandlers } from '../services/app/createHandlers';
import { parseStartArgs, type StartArgs } from '../services/app/parseStartArgs';
import { startEmbeddedIdServer, type StartedEmbeddedServer } from '../services/app/startEmbeddedIdServer';
import { openLog } from '../services/logging/openLog';
import { startAutoUpdate } from './autoUpdate';
import { setUpPasskeyCeremony } from './ceremony/setUpPasskeyCeremony';
import { bringToFront, claimSingleInstance } from './claimSingleInstance';
import { electronDesktopShell } from './electronDesktopShell';
import { hardenContents } from './hardenContents';
import { registerAppProtocol } from './registerAppProtocol';
import { createUrlCheck, registerBridge, sendToAppWindows } from './registerBridge';
import { dialogWordsFor } from './dialogStrings';
import { saveWithDialog } from './saveWithDialog';

// Set by Electron Forge's Vite plugin.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

const isTrustedUrl = createUrlCheck(MAIN_WINDOW_VITE_DEV_SERVER_URL);

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1024,
    height: 720,
    show: false,
    title: 'DeskID',
    webPreferences: {
      preload: path.join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(MAIN_WINDOW_VITE_DEV_SERVER_URL ?? 'app://deskid/index.html');
  return window;
}

let mainWindow: BrowserWindow | undefined;
/** The tray, the global shortcut and a second launch all land here. */
function showMainWindow(): void {
  if (!app.isReady()) return;
  if (mainWindow === undefined || mainWindow.isDestroyed()) mainWindow = createMainWindow();
  else bringToFront(mainWindow);
}

// One DeskID per OS session: a second launch brings this one's window forward and quits.
if (!claimSingleInstance(app, showMainWindow)) {
  app.exit(0);
  await new Promise<never>(() => undefined);
}

// `npm start -- --server URL --data-dir DIR` (the app path and Chromium's switches are skipped).
let args: StartArgs;
try {
  args = parseStartArgs(process.argv.slice(app.isPackaged ? 1 : 2), { strict: false });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  app.exit(2);
  throw error;
}

await app.whenReady();
registerAppProtocol(protocol, path.join(import.meta.dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME));
hardenContents(app, session.defaultSession, isTrustedUrl);
// Unexpected errors: to main.log in the platform's log folder (`logDirFor`), secrets redacted.
const logError = openLog({ dataDir: args.dataDir, name: 'main' });
// Marked clipboard, screen capture, printing, tray, OS lock events and the global shortcut.
const desktop = electronDesktopShell({
  mainWindow: () => mainWindow,
  bringForward: showMainWindow,
  onError: (error) => logError('desktop', error),
});
const context = createAppContext({
  hostKind: 'electron',
  version: app.getVersion(),
  dataDir: args.dataDir ?? app.getPath('userData'),
  server: args.server,
  // Modal to the main window, in the person's language (English until the handlers attach).
  saveFile: saveWithDialog(
    {
      showSaveDialog: (window: BrowserWindow | undefined, options) =>
        window === undefined ? dialog.showSaveDialog(options) : dialog.showSaveDialog(window, options),
    },
    {
      defaultDir: app.getPath('documents'),
      parent: () => (mainWindow?.isDestroyed() === false ? mainWindow : undefined),
      words: async () => dialogWordsFor(await desktop.language(), app.getLocale()),
    },
  ),
  desktop,
  // The app's windows (not a ceremony window) hear `app.locked` and the rest, validated by the contract.
  emit: (name, payload) => {
    sendToAppWindows(BrowserWindow.getAllWindows(), isTrustedUrl, { name, payload: events[name].parse(payload) });
    // `app.locked`: the tray's people are shown locked.
    desktop.refreshTray();
  },
});
// Updates itself only if policy `autoUpdate` allows and it was not installed by the MSI.
startAutoUpdate(app, context.policy, (error) => logError('auto-update', error));
context.passkeyWindow = setUpPasskeyCeremony(import.meta.dirname, (error) => logError('passkey ceremony', error));
const handlers = createHandlers(context);
// With no --server, the mock ID server runs in this process; passkey ceremonies run in a
// window on its own origin, which it allows by default.
let embedded: StartedEmbeddedServer | undefined;
if (context.idServer.embedded) {
  embedded = await startEmbeddedIdServer(
    context,
    { start: startServer, demo: { username: demoAccounts[0]?.username ?? 'demo.none', password: demoPassword } },
    { enforceFrom: args.enforceFrom },
  );
  process.stderr.write(`${embedded.demoLine}\n`);
}
app.on('will-quit', (event) => {
  globalShortcut.unregisterAll();
  const server = embedded;
  if (server === undefined) return;
  embedded = undefined;
  event.preventDefault();
  void server.close().finally(() => app.quit());
});
const dispatch = createDispatcher({ handlers, logError });
// A call that opens, adds or locks a person changes the tray's list.
registerBridge(
  ipcMain,
  async (name, input) => {
    const answer = await dispatch(name, input);
    if (typeof name === 'string' && name.startsWith('profiles.')) desktop.refreshTray();
    return answer;
  },
  isTrustedUrl,
);
showMainWindow();

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('activate', showMainWindow);
