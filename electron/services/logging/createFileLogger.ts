import { mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createRedactingLogger, type RedactingLogger } from './createRedactingLogger';

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

/** A redacting logger writing to `<dir>/<name>.log`. */
export interface FileLogger extends RedactingLogger {
  /** The log file's path. */
  file: string;
}

/**
 * Opens DeskID's log file with pino (`createRedactingLogger`): owner-only (0600), appended,
 * written synchronously (an error is on disk before a crash), one previous generation kept.
 * Throws when the folder cannot be made or the file cannot be opened.
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
  return { ...createRedactingLogger(name, pino.multistream(streams)), file };
}
