// Guards the single executable's startup snapshot (scripts/buildSea.ts): the modules the
// snapshot holds are initialised on the build machine, so any value they compute while
// loading is frozen into every copy. A module that read the environment, the user's
// folders or the clock, or drew randomness, while loading would give every desktop the
// build machine's value (or the same "random" bytes). While the snapshot is built, this
// module records every such read (it is imported first, before the modules it watches),
// and the build fails naming them; outside a snapshot build it does nothing.
import crypto from 'node:crypto';
import os from 'node:os';
import { startupSnapshot } from 'node:v8';

/** What was read while the modules loaded, one line each with where from. */
const reads: string[] = [];
const restorers: (() => void)[] = [];

function record(what: string): void {
  const where = (new Error().stack ?? '').split('\n').slice(3, 9).join(' | ');
  reads.push(`${what} at ${where.trim()}`);
}

/** Makes each call of `owner[key]` (a function) recorded, until {@link snapshotReads}. */
function watchCalls(owner: object, key: string, what: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(owner, key);
  if (descriptor?.configurable !== true) return;
  const original: unknown = descriptor.get === undefined ? descriptor.value : descriptor.get.call(owner);
  if (typeof original !== 'function') return;
  const watched = function (this: unknown, ...args: unknown[]) {
    record(what);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  Object.defineProperty(owner, key, { configurable: true, enumerable: descriptor.enumerable ?? false, value: watched });
  restorers.push(() => Object.defineProperty(owner, key, descriptor));
}

if (startupSnapshot.isBuildingSnapshot()) {
  const env = Object.getOwnPropertyDescriptor(process, 'env');
  if (env !== undefined) {
    const value = process.env;
    Object.defineProperty(process, 'env', {
      configurable: true,
      enumerable: env.enumerable ?? true,
      get() {
        record('process.env');
        return value;
      },
      set(replacement: NodeJS.ProcessEnv) {
        record('process.env (set)');
        Object.defineProperty(process, 'env', { ...env, value: replacement });
      },
    });
    restorers.push(() => Object.defineProperty(process, 'env', env));
  }
  for (const key of ['homedir', 'tmpdir', 'userInfo', 'hostname']) watchCalls(os, key, `os.${key}()`);
  for (const key of ['randomBytes', 'randomUUID', 'randomInt', 'randomFillSync', 'getRandomValues']) {
    watchCalls(crypto, key, `crypto.${key}()`);
  }
  watchCalls(globalThis.crypto, 'getRandomValues', 'crypto.getRandomValues()');
  watchCalls(globalThis.crypto, 'randomUUID', 'crypto.randomUUID()');
  watchCalls(Date, 'now', 'Date.now()');
  watchCalls(Math, 'random', 'Math.random()');
  watchCalls(process, 'cwd', 'process.cwd()');
}

/**
 * Stops watching and throws, naming each read, if a module read the environment, the
 * user's folders, the clock or randomness while the snapshot's modules loaded.
 */
export function assertNothingFrozenIntoSnapshot(): void {
  for (const restore of restorers.splice(0).reverse()) restore();
  const found = reads.splice(0);
  if (found.length > 0) {
    throw new Error(
      `These were read while the startup snapshot's modules loaded, so every copy would hold the build machine's value; read them when the command runs instead:\n${found.join('\n')}`,
    );
  }
}

/**
 * For the warm-up run that follows the modules' loading (snapshotWarmUp.ts): Node's
 * `randomUUID()` and `randomInt()` hand out randomness drawn ahead and kept in memory,
 * which the snapshot would freeze (every copy would make the same ids). Until the answered
 * function is called, they throw instead, unless a UUID is asked for with
 * `disableEntropyCache` (services/ids/randomId.ts). Answers how to stop.
 */
export function refuseCachedRandomness(): () => void {
  const patches: (() => void)[] = [];
  const refuse = (owner: object, key: string, allowed: (args: unknown[]) => boolean) => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, key);
    if (descriptor?.configurable !== true || typeof descriptor.value !== 'function') return;
    const original = descriptor.value as (...args: unknown[]) => unknown;
    const guarded = function (this: unknown, ...args: unknown[]) {
      if (!allowed(args)) {
        throw new Error(
          `${key}() without disableEntropyCache ran while the startup snapshot was made: its cached randomness would be the same in every copy. Use randomId() (electron/services/ids/randomId.ts).`,
        );
      }
      return original.apply(this, args);
    };
    Object.defineProperty(owner, key, { ...descriptor, value: guarded });
    patches.push(() => Object.defineProperty(owner, key, descriptor));
  };
  const uncached = (args: unknown[]) =>
    (args[0] as { disableEntropyCache?: unknown } | undefined)?.disableEntropyCache === true;
  refuse(crypto, 'randomUUID', uncached);
  refuse(crypto, 'randomInt', () => false);
  refuse(globalThis.crypto, 'randomUUID', () => false);
  return () => {
    for (const restore of patches.splice(0).reverse()) restore();
  };
}
