import { createFileLogger } from './createFileLogger';
import { createRedactingLogger, type RedactingLogger } from './createRedactingLogger';
import { logDirFor } from './logDirFor';

/** Options of {@link openLog}. */
export interface OpenLogOptions {
  /** `--data-dir`, if given (the logs then go to `<data dir>/logs`). */
  dataDir: string | undefined;
  /** The host's file name: `main` or `browser-host`. */
  name: string;
  /** Also write each line here (the browser host's stderr). */
  echo?: NodeJS.WritableStream;
  /** Where the fallback writes when the log file cannot be opened. */
  stderr?: NodeJS.WritableStream;
}

/**
 * A host's `logError`: to `<log folder>/<name>.log` (`logDirFor`), secrets redacted. Where
 * the file cannot be opened, says so in one line and logs to stderr instead (still
 * redacted), so the app starts either way.
 */
export function openLog({ dataDir, name, echo, stderr = process.stderr }: OpenLogOptions): RedactingLogger['logError'] {
  const dir = logDirFor({ dataDir });
  try {
    return createFileLogger({ dir, name, ...(echo === undefined ? {} : { echo }) }).logError;
  } catch (error) {
    stderr.write(
      `DeskID cannot write its log in ${dir} (${error instanceof Error ? error.message : String(error)}), ` +
        'so unexpected errors appear here only.\n',
    );
    return createRedactingLogger(name, stderr).logError;
  }
}
