import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Store } from '../store/Store';

/** What @fastify/rate-limit really passes to `child` (see index.js, `mergeParams`). */
interface MergedLimitOptions {
  routeInfo?: { method?: string | string[]; url?: string };
  /** Routes with the same group share one count. */
  groupId?: string;
}

/**
 * A @fastify/rate-limit store kept in the server's store, so per-address limits hold
 * across restarts and instances. Each route counts separately, except routes that share a
 * `groupId` (see `RouteOptions.limitGroup`), which count together.
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

    /**
     * @fastify/rate-limit calls this once per limited route with the merged limit options;
     * the route itself is under `routeInfo` (the top-level object has no method or URL),
     * whatever the library's type declaration says.
     */
    child(options: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const merged = options as MergedLimitOptions;
      if (merged.groupId !== undefined) return new StoreBackedRateLimit(undefined, `rl:group:${merged.groupId}:`);
      const route = merged.routeInfo ?? {};
      const method = Array.isArray(route.method) ? route.method.join(',') : (route.method ?? '');
      if (route.url === undefined || route.url === '') {
        throw new TypeError('A per-route rate limit needs its route URL, so that each route counts separately.');
      }
      return new StoreBackedRateLimit(undefined, `rl:${method}:${route.url}:`);
    }
  }
  return StoreBackedRateLimit;
}
