import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { CliIo } from './CliIo';

/**
 * Writes `question` to stderr and reads one line from the terminal on stdin without echo.
 * Its own module, imported when a prompt is shown (SecretInput): the single executable's
 * startup snapshot then holds no readline, whose state Node does not vouch for inside a
 * snapshot, and the import stays within the bundle (a single executable cannot `import()`
 * a module of Node's own).
 */
export async function askHidden(io: CliIo, question: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = createInterface({ input: io.stdin, output: muted, terminal: true });
  io.stderr.write(question);
  // Ctrl+C at the prompt: readline takes it as a key, so say so and end as a shell expects.
  reader.once('SIGINT', () => {
    reader.close();
    io.stderr.write('\nCancelled.\n');
    process.exit(130);
  });
  try {
    return await new Promise<string>((resolve) => reader.question('', resolve));
  } finally {
    reader.close();
    io.stderr.write('\n');
  }
}
