/** The start switch that puts Chromium's virtual authenticator in the ceremony window (tests only). */
export const virtualAuthenticatorSwitch = '--test-virtual-authenticator';

/**
 * Whether the command line asks for the virtual authenticator. An installed (packaged)
 * DeskID refuses it with a TypeError in words: a test switch must never stand in for a
 * person's Windows Hello or Touch ID.
 */
export function virtualAuthenticatorRequested(
  argv: readonly string[],
  { isPackaged }: { isPackaged: boolean },
): boolean {
  if (!argv.includes(virtualAuthenticatorSwitch)) return false;
  if (isPackaged) {
    throw new TypeError(`${virtualAuthenticatorSwitch} is for tests only; an installed DeskID refuses it.`);
  }
  return true;
}
