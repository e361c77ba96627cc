import { randomUUID } from 'node:crypto';

/**
 * A new random id (a UUID v4), drawn from the OS at each call. By default Node draws
 * randomness for 128 UUIDs at once and hands them out from memory. The CLI's single
 * executable starts from a V8 snapshot taken after a warm-up run (electron/cli/seaMain.ts),
 * and that memory would be frozen into every copy: the same "random" ids on every run and
 * every machine, so profiles and accounts would overwrite each other. Without the cache,
 * one `getrandom` call per id.
 */
export function randomId(): string {
  return randomUUID({ disableEntropyCache: true });
}
