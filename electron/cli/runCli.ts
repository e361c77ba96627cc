import { DeskIdError } from '../contract/DeskIdError';
import { defaultDataDir } from '../services/app/defaultDataDir';
import type { Keychain } from '../services/keychain/Keychain';
import { createCliContext } from './CliContext';
import { describeWord } from './describeWord';
import { terminalSafeIo, type CliIo } from './CliIo';
import { parseCommandLine, type CommandLine } from './parseCommandLine';
import { usage } from './usage';

/**
 * Runs one `deskid` command and answers its exit status: 0 done, 1 refused or failed
 * (a sentence on stderr), 2 mistyped (with the usage). Everything it writes goes through
 * `terminalSafeIo`, so no control character or escape sequence reaches the terminal.
 *
 * Each command's module is imported when that command runs, never before: `deskid code`
 * must not read the importers, the QR decoder or the ID-server client (a new command
 * follows the same pattern: `await import('./commands/<name>Command')` in its case).
 */
export async function runCli(argv: readonly string[], rawIo: CliIo, keychain: Keychain): Promise<number> {
  let line: CommandLine;
  try {
    line = parseCommandLine(argv);
  } catch (error) {
    terminalSafeIo(rawIo, { json: false }).stderr.write(
      `${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`,
    );
    return 2;
  }
  const io = terminalSafeIo(rawIo, { json: line.json });
  const [command, ...rest] = line.words;
  if (line.help || command === undefined || command === 'help') {
    io.stdout.write(`${usage}\n`);
    return command === undefined && !line.help ? 2 : 0;
  }
  const arity = commandArity[`${command} ${rest[0] ?? ''}`.trim()] ?? commandArity[command];
  if (arity !== undefined && line.words.length - 1 > arity) {
    const named =
      commandArity[`${command} ${rest[0] ?? ''}`.trim()] === undefined ? command : `${command} ${rest[0] ?? ''}`;
    io.stderr.write(`Too many arguments for "deskid ${named}".\n\n${usage}\n`);
    return 2;
  }
  const context = createCliContext(line, io, keychain, line.dataDir ?? defaultDataDir(io.env));
  try {
    switch (command) {
      case 'profiles':
        await (await import('./commands/profilesCommand')).profilesCommand(context, rest);
        return 0;
      case 'accounts':
        await (await import('./commands/accountsCommand')).accountsCommand(context, rest);
        return 0;
      case 'code':
        await (await import('./commands/codeCommand')).codeCommand(context, rest);
        return 0;
      case 'settings':
        await (await import('./commands/settingsCommand')).settingsCommand(context, rest);
        return 0;
      case 'policy':
        await (await import('./commands/policyCommand')).policyCommand(context, rest);
        return 0;
      case 'doctor':
        return (await (await import('./commands/doctorCommand')).doctorCommand(context)) ? 0 : 1;
      default:
        io.stderr.write(`Unknown command ${describeWord(command)}.\n\n${usage}\n`);
        return 2;
    }
  } catch (error) {
    return reportError(error, line, io);
  }
}

/** How many words (action included) each command takes after its name. */
const commandArity: Readonly<Record<string, number>> = {
  'profiles list': 1,
  'profiles add': 2,
  'profiles remove': 2,
  'profiles set-pin': 2,
  'profiles setup-pin-reset': 2,
  'profiles reset-pin': 2,
  'accounts list': 1,
  'accounts add': 2,
  'accounts import': 2,
  'accounts export': 1,
  'accounts restore': 2,
  code: 1,
  doctor: 0,
  'settings list': 1,
  'settings set': 3,
  'policy show': 1,
};

function reportError(error: unknown, line: CommandLine, io: CliIo): number {
  if (error instanceof DeskIdError) {
    const isUsage = error.details?.usage === true;
    io.stderr.write(
      line.json
        ? `${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`
        : `${error.message}\n${isUsage ? `\n${usage}\n` : ''}`,
    );
    return isUsage ? 2 : 1;
  }
  // Unexpected: no detail on screen (it could hold anything); DESKID_DEBUG=1 shows it.
  io.stderr.write('Something went wrong inside DeskID. Run again with DESKID_DEBUG=1 for details.\n');
  if (io.env.DESKID_DEBUG === '1')
    io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
