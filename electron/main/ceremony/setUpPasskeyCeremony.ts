import path from 'node:path';
import { app, BrowserWindow, net, session } from 'electron';
import { ceremonyPagePath } from '../../contract/ceremonyPage';
import { ceremonyAvailability } from '../../services/passkeyCeremony/ceremonyAvailability';
import { serveCeremonyPage } from '../../services/passkeyCeremony/ceremonyPageResponse';
import type { PasskeyWindow } from '../../services/passkeyCeremony/PasskeyWindow';
import { dialogWordsFor } from '../dialogStrings';
import { configureTouchId } from './configureTouchId';
import { createPasskeyWindow } from './createPasskeyWindow';
import { readCeremonySwitches } from './readCeremonySwitches';
import type { CeremonyPageSource } from './registerCeremonyProtocol';
import { VirtualAuthenticators } from './virtualAuthenticator';

// Set by Electron Forge's Vite plugin for the `passkey_ceremony` renderer (forge.config.ts).
declare const PASSKEY_CEREMONY_VITE_DEV_SERVER_URL: string | undefined;
declare const PASSKEY_CEREMONY_VITE_NAME: string;

/**
 * The one wiring call of the passkey ceremony (electron/main/index.ts, after `whenReady`):
 * reads `--test-virtual-authenticator` (refused when packaged), turns on Touch ID on
 * macOS, and answers the `PasskeyWindow` the services' `passkeyCeremony.*` handlers use.
 * Unexpected errors go to `logError` (the main process's log). The page comes from the app bundle (`.vite/renderer/passkey_ceremony`), or from Vite's
 * dev server under `electron-forge start`; the preload is `ceremony-preload.cjs`.
 */
export function setUpPasskeyCeremony(mainDir: string, logError: (error: unknown) => void): PasskeyWindow {
  const { virtualAuthenticator } = readCeremonySwitches(process.argv, app, (line) => process.stderr.write(line));
  const promptReason = dialogWordsFor('system', app.getLocale()).touchIdPrompt;
  const touchId = configureTouchId(app, process.platform, logError, promptReason);
  const devServer = PASSKEY_CEREMONY_VITE_DEV_SERVER_URL;
  const pageDir = path.join(mainDir, '..', 'renderer', PASSKEY_CEREMONY_VITE_NAME);
  const page: CeremonyPageSource =
    devServer === undefined
      ? (file, request) => serveCeremonyPage(pageDir, file, request.method)
      : (file) => net.fetch(new URL(`${ceremonyPagePath}${file.slice(1)}`, devServer).href);
  return createPasskeyWindow({
    fromPartition: (partition) => session.fromPartition(partition),
    createWindow: (options) => new BrowserWindow(options),
    page,
    preload: path.join(mainDir, 'ceremony-preload.cjs'),
    availability: ceremonyAvailability({
      platform: process.platform,
      touchIdConfigured: touchId,
      virtualAuthenticator,
    }),
    persistPartition: touchId,
    virtualAuthenticators: virtualAuthenticator ? new VirtualAuthenticators() : undefined,
    logError,
  });
}
