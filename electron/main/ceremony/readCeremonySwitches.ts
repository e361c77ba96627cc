import { virtualAuthenticatorRequested } from '../../services/passkeyCeremony/virtualAuthenticatorFlag';

/**
 * Reads `--test-virtual-authenticator` from the command line. A packaged DeskID refuses
 * it: it says so on stderr and quits with status 2 (as a bad start option does).
 */
export function readCeremonySwitches(
  argv: readonly string[],
  app: { isPackaged: boolean; exit(code: number): void },
  writeError: (line: string) => void,
): { virtualAuthenticator: boolean } {
  try {
    return { virtualAuthenticator: virtualAuthenticatorRequested(argv, { isPackaged: app.isPackaged }) };
  } catch (error) {
    writeError(`${error instanceof Error ? error.message : String(error)}\n`);
    app.exit(2);
    throw error;
  }
}
