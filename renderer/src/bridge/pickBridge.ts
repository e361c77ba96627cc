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

/**
 * Chooses the bridge at start: Electron's preload when present, else the browser host
 * over HTTP. The launch secret is taken out of the URL fragment at once, so it is not left
 * in the address bar or history, and kept for this tab only.
 */
export function pickBridge(): GroupedBridge | null {
  if (window.deskid !== undefined) return createGroupedBridge(createBridgeClient(window.deskid));
  const fromFragment = new URLSearchParams(window.location.hash.slice(1)).get('k');
  if (fromFragment !== null) {
    sessionStorage.setItem(secretKey, fromFragment);
    history.replaceState(null, '', window.location.pathname);
  }
  const secret = sessionStorage.getItem(secretKey);
  return secret === null ? null : createGroupedBridge(createBridgeClient(createHttpBridge(secret)));
}
