import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { createDispatcher } from '../contract/dispatcher';
import { createHandlers } from '../services/app/createHandlers';
import { keychainServiceName } from '../services/keychain/Keychain';
import { NapiKeychain } from '../services/keychain/NapiKeychain';
import { hardenContents } from './hardenContents';
import { registerAppProtocol } from './registerAppProtocol';
import { createUrlCheck, registerBridge } from './registerBridge';

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

await app.whenReady();
registerAppProtocol(protocol, path.join(import.meta.dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME));
hardenContents(app, session.defaultSession, isTrustedUrl);
const handlers = createHandlers({
  version: app.getVersion(),
  hostKind: 'electron',
  dataDir: app.getPath('userData'),
  keychain: new NapiKeychain(keychainServiceName()),
  idServer: { url: 'http://127.0.0.1:9', embedded: false },
  saveFile: () => Promise.resolve({ savedAs: 'cancelled' }),
  passkeyCeremony: 'window',
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
