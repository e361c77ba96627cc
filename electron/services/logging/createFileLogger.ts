import { mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { secretLogPaths } from './secretLogPaths';
import { serializeError } from './serializeError';

/** Options of {@link createFileLogger}. */
export interface FileLoggerOptions {
  /** The log folder (`logDirFor`); made owner-only (0700) if missing. */
  dir: string;
  /** The file's name without `.log`: one file per host, e.g. `main`, `browser-host`. */
  name: string;
  /** A second place for the same redacted lines, e.g. the browser host's stderr. */
  echo?: NodeJS.WritableStream;
  /** A file larger than this at start moves to `<name>.1.log` (replacing the one before). */
  maxBytes?: number;
}

/** A logger writing JSON lines to `<dir>/<name>.log`, secrets redacted. */
export interface FileLogger {
  logger: Logger;
  /** The log file's path. */
  file: string;
  /** Logs an unexpected error with what was happening, as the hosts' `logError` hooks take it. */
  logError: (message: string, error: unknown) => void;
}

/**
 * Opens DeskID's log file with pino: owner-only (0600), appended, written synchronously (an
 * error is on disk before a crash), one previous generation kept. Values of secret-named
 * fields (`secretLogPaths`) are replaced by `[redacted]`. Throws when the folder cannot be
 * made or the file cannot be opened.
 */
export function createFileLogger({ dir, name, echo, maxBytes = 5 * 1024 * 1024 }: FileLoggerOptions): FileLogger {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${name}.log`);
  if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > maxBytes) {
    renameSync(file, path.join(dir, `${name}.1.log`));
  }
  const destination = pino.destination({ dest: file, sync: true, append: true, mode: 0o600 });
  const streams: pino.StreamEntry[] = [{ stream: destination }];
  if (echo !== undefined) streams.push({ stream: echo });
  const logger = pino(
    {
      name,
      redact: { paths: secretLogPaths, censor: '[redacted]' },
      serializers: { err: (error: unknown) => serializeError(error) },
    },
    pino.multistream(streams),
  );
  return {
    logger,
    file,
    logError: (message, error) => logger.error({ err: error }, message),
  };
}
