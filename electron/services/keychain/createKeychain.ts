import { keychainServiceName, type Keychain } from './Keychain';
import { NapiKeychain } from './NapiKeychain';

/**
 * The OS keychain under DeskID's service name (or `DESKID_KEYCHAIN_SERVICE`). Its own
 * module, so that the CLI takes it without loading the rest of the app's wiring (machine
 * policy and its readers); `createAppContext` re-exports it.
 */
export function createKeychain(env: NodeJS.ProcessEnv = process.env): Keychain {
  return new NapiKeychain(keychainServiceName(env));
}
