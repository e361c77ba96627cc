import type { FastifyBaseLogger } from 'fastify';
import type { ServerConfig } from './config';
import type { PasswordHasher } from './crypto/passwordHasher';
import type { SecretBox } from './crypto/SecretBox';
import type { CodeSender } from './phone/CodeSender';
import type { Store } from './store/Store';

/** What every route handler works with; built once in `buildApp`. */
export interface AppContext {
  config: ServerConfig;
  store: Store;
  box: SecretBox;
  hasher: PasswordHasher;
  sender: CodeSender;
  log: FastifyBaseLogger;
}

const isoCache = new Map<number, string>();
const isoCacheSize = 4096;

/**
 * ISO-8601 UTC for an epoch-millisecond time. Replies repeat the same few times on every
 * request (a session's expiry, when each method was added), and formatting a `Date` costs
 * thirty times a map lookup, so recent answers are kept (at most 4,096, then all dropped).
 */
export function iso(ms: number): string {
  let text = isoCache.get(ms);
  if (text === undefined) {
    if (isoCache.size >= isoCacheSize) isoCache.clear();
    text = new Date(ms).toISOString();
    isoCache.set(ms, text);
  }
  return text;
}

/** True once the policy enforcement date has come. */
export function isEnforced(ctx: AppContext): boolean {
  return ctx.config.now() >= ctx.config.enforceFromMs;
}
