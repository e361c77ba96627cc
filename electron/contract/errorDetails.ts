import type { z } from 'zod';
import type { DeskIdError } from './DeskIdError';
import type { errorDetailSchemas } from './errorDetailSchemas';

export type DetailedCode = keyof typeof errorDetailSchemas;
export type ErrorDetails<C extends DetailedCode> = z.infer<(typeof errorDetailSchemas)[C]>;

/**
 * The error's details when it has this code; else undefined. No schema runs here: the
 * host's dispatcher has already checked them against `errorDetailSchemas` (and dropped
 * any that did not match) before they crossed the bridge, and the renderer loads no zod.
 */
export function detailsOf<C extends DetailedCode>(error: unknown, code: C): ErrorDetails<C> | undefined {
  if (!isError(error) || error.code !== code || !isRecord(error.details)) return undefined;
  return error.details as ErrorDetails<C>;
}

/** Seconds to wait, for any error that says so (`details.retryAfter`). */
export function retryAfterOf(error: unknown): number | undefined {
  if (!isError(error) || !isRecord(error.details)) return undefined;
  const { retryAfter } = error.details;
  return typeof retryAfter === 'number' && Number.isInteger(retryAfter) && retryAfter >= 0 ? retryAfter : undefined;
}

function isError(error: unknown): error is DeskIdError {
  return typeof error === 'object' && error !== null && 'code' in error && 'details' in error;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
