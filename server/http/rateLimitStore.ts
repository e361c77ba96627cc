import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Store } from '../store/Store';

/**
 * A @fastify/rate-limit store kept in the server's store, so per-address limits hold
 * across restarts and instances. Each route counts separately.
 */
export function rateLimitStore(store: Store, now: () => number): FastifyRateLimitStoreCtor {
  class StoreBackedRateLimit implements FastifyRateLimitStore {
    readonly #prefix: string;

    constructor(_options?: unknown, prefix = 'rl:') {
      this.#prefix = prefix;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      try {
        const at = now();
        const { count, windowStart } = store.hit(this.#prefix + key, timeWindow, at);
        callback(null, { current: count, ttl: Math.max(1, windowStart + timeWindow - at) });
      } catch (error) {
        callback(error instanceof Error ? error : new Error(String(error)));
      }
    }

    child(routeOptions: { method?: string | string[]; url?: string }): FastifyRateLimitStore {
      const method = Array.isArray(routeOptions.method) ? routeOptions.method.join(',') : (routeOptions.method ?? '');
      return new StoreBackedRateLimit(undefined, `rl:${method}:${routeOptions.url ?? ''}:`);
    }
  }
  return StoreBackedRateLimit;
}
