import type { CallName } from '../../../contract/calls';
import type { CallHandlers } from '../../../contract/dispatcher';
import type { IdleLock } from './IdleLock';

/**
 * Reads a page repeats on its own (refreshing codes, the people list, the status): they
 * show a person is looking, not that one is there, so they do not hold the idle lock off.
 */
export const backgroundCalls: ReadonlySet<CallName> = new Set<CallName>([
  'app.info',
  'codes.list',
  'passkeyCeremony.available',
  'policy.get',
  'profiles.list',
  'profiles.pinResetInfo',
  'settings.get',
  'signIn.server',
  'signIn.status',
]);

/**
 * Wraps every handler so that a call a person causes (all but {@link backgroundCalls})
 * restarts the idle lock's count once it has run (when anything is then open to lock: a
 * call that ends after a lock arms nothing); a lock call stops the count itself.
 */
export function countingActivity(idle: IdleLock, handlers: CallHandlers): CallHandlers {
  const wrapped = Object.entries(handlers).map(([name, handler]) => {
    if (backgroundCalls.has(name as CallName)) return [name, handler];
    const run = handler as (input: unknown) => unknown;
    return [
      name,
      async (input: unknown) => {
        try {
          return await run(input);
        } finally {
          if (!isLockCall(name)) await idle.touch();
        }
      },
    ];
  });
  return Object.fromEntries(wrapped) as CallHandlers;
}

function isLockCall(name: string): boolean {
  return name === 'profiles.lock' || name === 'profiles.lockAll';
}
