import type { Readable, Writable } from 'node:stream';

/** The streams and environment a CLI run uses; tests and the bin pass their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}
