import pino, { type DestinationStream, type Logger } from 'pino';
import { secretLogPaths } from './secretLogPaths';
import { serializeError } from './serializeError';

/** A pino logger with DeskID's redaction, and the hosts' `logError` hook over it. */
export interface RedactingLogger {
  logger: Logger;
  /** Logs an unexpected error with what was happening, as the hosts' `logError` hooks take it. */
  logError: (message: string, error: unknown) => void;
}

/**
 * A pino logger writing JSON lines to `destination`: values of secret-named fields
 * (`secretLogPaths`) become `[redacted]`, and errors keep only what `serializeError` keeps.
 */
export function createRedactingLogger(name: string, destination: DestinationStream): RedactingLogger {
  const logger = pino(
    {
      name,
      redact: { paths: secretLogPaths, censor: '[redacted]' },
      serializers: { err: (error: unknown) => serializeError(error) },
    },
    destination,
  );
  return { logger, logError: (message, error) => logger.error({ err: error }, message) };
}
