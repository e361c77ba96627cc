import { DeskIdError } from '../contract/DeskIdError';

export const usage = `Usage: deskid COMMAND [options]

Commands:
  profiles list                          the local profiles on this computer
  profiles add NAME [--pin|--pin-stdin] [--server URL --username NAME]
                                         a PIN is required in shared-desktop mode (the default):
                                         digits only, at least 6, not 111111, 123456 or the like
  profiles remove NAME --yes             erases the profile's vault and keychain items
  profiles set-pin NAME [--pin-stdin]    gives a profile its first PIN, or changes it (current PIN first)
  profiles setup-pin-reset NAME [--pin-stdin] [--password-stdin]
                                         lets a forgotten PIN be reset by signing in to the ID server
  profiles reset-pin NAME [--pin-stdin] [--password-stdin]
                                         signs in to the ID server, then sets a new PIN
  accounts list                          the authenticator accounts of a profile
  accounts add IMAGE|-                   a QR code image, or - to read an otpauth:// URI from stdin
  accounts import FILE [--password-stdin]
                                         Aegis, 2FAS, andOTP, FreeOTP+, Ente Auth, Google Authenticator exports
  accounts export --encrypted FILE [--passphrase-stdin]
                                         an encrypted backup of the profile
  accounts export --otpauth FILE         otpauth:// URIs in clear text (handle with care)
  code ACCOUNT                           the current code and the seconds it has left
  doctor [--server URL]                  checks keychain, data folder, vaults and ID server
  settings list                          this OS user's settings
  settings set shared-desktop on|off     on (default): every profile needs a PIN; off only
                                         when one person alone uses this OS login
  policy show                            every managed setting in force, where it came
                                         from, and any warnings

Options:
  --profile NAME     which profile (default: the only one)
  --json             machine-readable output
  --data-dir DIR     DeskID's data folder (default: the platform's)
  --pin-stdin        read the PIN from standard input instead of a prompt

Secrets are never taken from the command line. With several --…-stdin flags, standard
input holds one per line in this order: PIN, passphrase or password, then the one-time
code or the URI (reset-pin: password, code, then the new PIN).`;

/** A mistake in how the command was typed: exit status 2 and the usage. */
export function usageError(message: string): DeskIdError {
  return new DeskIdError('invalid_request', message, { usage: true });
}
