import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { demoAccounts, demoPassword, startServer } from '../../server/index';
import { createDispatcher } from '../contract/dispatcher';
import { events } from '../contract/events';
import { ipcChannels } from '../contract/ipcChannels';
import { createAppContext } from '../services/app/createAppContext';
import { createHandlers } from '../services/app/createHandlers';
import { parseStartArgs, type StartArgs } from '../services/app/parseStartArgs';
import { startEmbeddedIdServer, type StartedEmbeddedServer } from '../services/app/startEmbeddedIdServer';
import { hardenContents } from './hardenContents';
import { registerAppProtocol } from './registerAppProtocol';
import { createUrlCheck, registerBridge } from './registerBridge';
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
const context = createAppContext({
  hostKind: 'electron',
  version: app.getVersion(),
  dataDir: args.dataDir ?? app.getPath('userData'),
  server: args.server,
  saveFile: saveWithDialog(dialog, { defaultDir: app.getPath('documents') }),
  // Every window hears `app.locked` and the rest, validated by the contract before it leaves.
  emit: (name, payload) => {
    const message = { name, payload: events[name].parse(payload) };
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(ipcChannels.event, message);
  },
});
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
  const server = embedded;
  if (server === undefined) return;
  embedded = undefined;
  event.preventDefault();
  void server.close().finally(() => app.quit());
});
registerBridge(
  ipcMain,
  createDispatcher({ handlers, logError: (name, error) => console.error(name, error) }),
  isTrustedUrl,
);
createMainWindow();

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
});
