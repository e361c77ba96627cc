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

/** ISO-8601 UTC for an epoch-millisecond time. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** True once the policy enforcement date has come. */
export function isEnforced(ctx: AppContext): boolean {
  return ctx.config.now() >= ctx.config.enforceFromMs;
}
