import type { RawBridge } from '../../../electron/contract/bridge';
import { createBridgeClient } from '../../../electron/contract/client';
import { createGroupedBridge, type GroupedBridge } from '../../../electron/contract/groupedClient';
import { createHttpBridge } from './httpBridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host. */
    readonly deskid?: RawBridge;
  }
}

const secretKey = 'deskid.launchSecret';

/** The launch secret read from the URL fragment, until `keepLaunchSecret` has kept it. */
let fromUrl: string | null = null;

/**
 * Chooses the bridge at start: Electron's preload when present, else the browser host
 * over HTTP, with the launch secret from the URL fragment (a first load) or from this tab's
 * sessionStorage (a reload). The secret's keeping for reloads and its removal from the
 * address bar wait for `keepLaunchSecret`, so that the first questions to the host leave
 * without them.
 */
export function pickBridge(): GroupedBridge | null {
  if (window.deskid !== undefined) return createGroupedBridge(createBridgeClient(window.deskid));
  const fromFragment = new URLSearchParams(window.location.hash.slice(1)).get('k');
  if (fromFragment !== null) {
    fromUrl = fromFragment;
    // A reload (or leaving) before the first paint still finds the secret in this tab.
    window.addEventListener('pagehide', keepLaunchSecret, { once: true });
  }
  const secret = fromFragment ?? sessionStorage.getItem(secretKey);
  return secret === null ? null : createGroupedBridge(createBridgeClient(createHttpBridge(secret)));
}

/**
 * Keeps the launch secret for this tab only (sessionStorage, read again on a reload) and
 * takes it out of the address bar and history. main.tsx calls it once the first screen is
 * painted (at most 100 ms after the first render): both are synchronous round trips to
 * the browser process, 1-12 ms and 1-23 ms in bench:renderer's loads, which sat before the
 * start questions left and the first screen rendered.
 */
export function keepLaunchSecret(): void {
  if (fromUrl === null) return;
  sessionStorage.setItem(secretKey, fromUrl);
  history.replaceState(null, '', window.location.pathname);
  fromUrl = null;
  window.removeEventListener('pagehide', keepLaunchSecret);
}
