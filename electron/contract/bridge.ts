import { z } from 'zod';
import { bridgeErrorSchema, type BridgeError } from './DeskIdError';
import type { CallName } from './calls';
import type { EventName } from './events';

/** What every bridge call answers: a value or a typed error, never a thrown exception. */
export type BridgeResult<T = unknown> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const bridgeResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: bridgeErrorSchema }).strict(),
]);

/**
 * The raw bridge a host exposes to the renderer (`window.deskid` in Electron, an HTTP
 * client in the browser host). Untyped on purpose: the typed client wraps it.
 */
export interface RawBridge {
  call(name: CallName, input: unknown): Promise<BridgeResult>;
  /** Subscribes to a host event; returns the unsubscribe function. */
  on(name: EventName, listener: (payload: unknown) => void): () => void;
}

export { ipcChannels } from './ipcChannels';
