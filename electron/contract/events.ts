import { z } from 'zod';

/**
 * Events the host pushes to the renderer. Like `calls`, defined once here and used by
 * both hosts and the renderer.
 */
export const events = {
  /**
   * The app locked itself (idle, OS lock, switch person); codes must be hidden.
   * `signedOut`: the lock also ended a sign-in to the ID server (a session, or one waiting
   * for its second step), so the page can say why the person has to sign in again.
   */
  'app.locked': z
    .object({
      reason: z.enum(['idle', 'os_lock', 'suspend', 'switch_person', 'user']),
      signedOut: z.literal(true).optional(),
    })
    .strict(),
  /** The person pressed the global shortcut that opens the codes (Electron, off by default). */
  'app.openCodes': z.object({}).strict(),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
