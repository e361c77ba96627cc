import type { CallHandlers } from '../../contract/dispatcher';
import type { HostKind } from '../../contract/appInfo';
import type { Keychain } from '../keychain/Keychain';
import { getAppInfo } from './getAppInfo';

export interface AppContext {
  version: string;
  hostKind: HostKind;
  dataDir: string;
  keychain: Keychain;
}

/**
 * The implementations of every bridge call, over the services. Both hosts (Electron main
 * and the browser host) register exactly this, so they cannot drift apart.
 */
export function createHandlers(context: AppContext): CallHandlers {
  return {
    'app.info': () => getAppInfo(context),
  };
}
