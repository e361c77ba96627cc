import path from 'node:path';
import { parseArgs } from 'node:util';

/** Options every command understands, plus each command's own flags. */
export interface CommandLine {
  /** The command words, e.g. `['accounts', 'add']`, and then their arguments. */
  words: string[];
  profile: string | undefined;
  json: boolean;
  dataDir: string | undefined;
  pinStdin: boolean;
  /** `profiles add --pin`: set a PIN, asked at a prompt. */
  pin: boolean;
  passphraseStdin: boolean;
  passwordStdin: boolean;
  encrypted: string | undefined;
  otpauth: string | undefined;
  server: string | undefined;
  username: string | undefined;
  yes: boolean;
  help: boolean;
}

/** Parses argv; an unknown option is a TypeError naming it. Secrets are never options. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      profile: { type: 'string' },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      'pin-stdin': { type: 'boolean', default: false },
      pin: { type: 'boolean', default: false },
      'passphrase-stdin': { type: 'boolean', default: false },
      'password-stdin': { type: 'boolean', default: false },
      encrypted: { type: 'string' },
      otpauth: { type: 'string' },
      server: { type: 'string' },
      username: { type: 'string' },
      yes: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return {
    words: positionals,
    profile: values.profile,
    json: values.json,
    dataDir: values['data-dir'] === undefined ? undefined : path.resolve(values['data-dir']),
    pinStdin: values['pin-stdin'],
    pin: values.pin,
    passphraseStdin: values['passphrase-stdin'],
    passwordStdin: values['password-stdin'],
    encrypted: values.encrypted,
    otpauth: values.otpauth,
    server: values.server,
    username: values.username,
    yes: values.yes,
    help: values.help,
  };
}
