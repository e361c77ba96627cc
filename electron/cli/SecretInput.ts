import { DeskIdError } from '../contract/DeskIdError';
import type { CliIo } from './CliIo';

/**
 * Reads secrets (PIN, passphrase, password, an otpauth URI) from a hidden TTY prompt or,
 * when asked with a `--…-stdin` flag, from standard input one line each, in the order
 * the command asks for them. Never from argv, where other users could see them.
 */
export class SecretInput {
  private stdinLines: Promise<string[]> | undefined;

  constructor(private readonly io: CliIo) {}

  /** The next line of standard input (all of stdin is read once, on first use). */
  async nextStdinLine(what: string): Promise<string> {
    this.stdinLines ??= readAll(this.io.stdin).then((text) => text.split(/\r?\n/));
    const lines = await this.stdinLines;
    const line = lines.shift();
    if (line === undefined || line === '') {
      throw new DeskIdError('invalid_request', `Expected the ${what} on a line of standard input, but there was none.`);
    }
    return line;
  }

  /** Asks at the terminal without echo; refuses when there is no terminal. */
  async prompt(question: string, flag: string): Promise<string> {
    if (this.io.stdin.isTTY !== true) {
      throw new DeskIdError(
        'invalid_request',
        `DeskID needs the ${question.replace(/:\s*$/, '').toLowerCase()} but has no terminal to ask it at. Pass ${flag} and write it to standard input.`,
      );
    }
    const { askHidden } = await import('./hiddenPrompt');
    return askHidden(this.io, question);
  }

  /**
   * A new secret (PIN, backup passphrase): at a prompt it is asked twice, so a typo
   * does not lock the person out; from stdin once.
   */
  async readNew(what: string, options: { fromStdin: boolean; flag: string }): Promise<string> {
    const first = await this.read(what, options);
    if (options.fromStdin) return first;
    const again = await this.prompt(`Type the ${what.replace(/^new /, '')} again: `, options.flag);
    if (first !== again)
      throw new DeskIdError(
        'invalid_request',
        `The two entries of the ${what} differ. Nothing was changed; try again.`,
      );
    return first;
  }

  /** From stdin when `fromStdin`, else from a hidden prompt. */
  async read(what: string, { fromStdin, flag }: { fromStdin: boolean; flag: string }): Promise<string> {
    return fromStdin
      ? this.nextStdinLine(what)
      : this.prompt(`${what[0]?.toUpperCase() ?? ''}${what.slice(1)}: `, flag);
  }
}

/** An `otpauth://` or `otpauth-migration://` URI: it always carries the account's secret. */
const otpauthArgument = /^\s*otpauth(?:-migration)?:/i;

/**
 * Refuses a command-line argument that is an `otpauth://` or `otpauth-migration://` URI,
 * before anything else happens: argv is readable by every user of the computer (`ps`,
 * `/proc`) and lands in shell history. The message shows the standard-input form and
 * never repeats the argument.
 */
export function refuseSecretArgument(argument: string): void {
  if (!otpauthArgument.test(argument)) return;
  throw new DeskIdError(
    'invalid_request',
    'DeskID does not take otpauth:// URIs on the command line: they hold the secret, which other users of this computer can read there and which stays in your shell history. Nothing was added. Run "deskid accounts add -" and paste the URI (or pipe it in: deskid accounts add - < uri.txt), then delete that command from your shell history.',
  );
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
