import { PasskeyCeremonyError, type PasskeyCeremony } from './PasskeyCeremony';

const notYet = 'Passkeys in the desktop window come with the next version of DeskID.';

/**
 * The Electron window's ceremony. An `app://` page can never run WebAuthn for the ID
 * server's RP ID; the main process will run it in its ceremony window (the Electron
 * issue). Until that lands, every ceremony says so honestly (`failed`, and the screen
 * offers another method or the browser window), and `available()` is false.
 */
export function createHostWindowCeremony(): PasskeyCeremony {
  const refuse = () => Promise.reject(new PasskeyCeremonyError('failed', notYet));
  return { available: () => Promise.resolve(false), register: refuse, signIn: refuse };
}
