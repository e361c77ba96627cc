import { StringDecoder } from 'node:string_decoder';
import { Writable, type Readable } from 'node:stream';
import { escapeUnsafeCharacters, stripUnsafeCharacters } from '../services/text/unsafeText';

/** The streams and environment a CLI run uses; tests and the bin pass their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** Passes text on to `target` after `clean`, decoding bytes as UTF-8 across chunks. */
function cleaningStream(target: Writable, clean: (text: string) => string): Writable {
  const decoder = new StringDecoder('utf8');
  const forward = (text: string, done: (error?: Error | null) => void) => {
    if (text === '') done();
    else target.write(clean(text), done);
  };
  return new Writable({
    decodeStrings: false,
    write(chunk: unknown, _encoding, done) {
      forward(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer), done);
    },
    final(done) {
      forward(decoder.end(), done);
    },
  });
}

/**
 * The same streams, made safe for a terminal: nothing a command writes to stdout or
 * stderr can carry a control character (but tab and line feed), an escape sequence or a bidi control (see
 * `services/text/unsafeText`), whatever its source (an ID server's message, a name from
 * an imported file). In text mode they are removed, tabs and line feeds kept (columns
 * and lines; a CR, which could overwrite a line, still goes); with `--json` they
 * are written as JSON escapes (`\u001b`), so the data a program parses is unchanged.
 */
export function terminalSafeIo(io: CliIo, { json }: { json: boolean }): CliIo {
  const clean = json ? escapeUnsafeCharacters : (text: string) => stripUnsafeCharacters(text, { keepLayout: true });
  return { ...io, stdout: cleaningStream(io.stdout, clean), stderr: cleaningStream(io.stderr, clean) };
}
