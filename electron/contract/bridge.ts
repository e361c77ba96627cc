import type { BridgeError } from './DeskIdError';
import type { CallName } from './calls';
import type { EventName } from './events';

/** What every bridge call answers: a value or a typed error, never a thrown exception. */
export type BridgeResult<T = unknown> = { ok: true; value: T } | { ok: false; error: BridgeError };

/**
 * The envelope of an answer that came over HTTP, or null when it is not one (a proxy's
 * page, a cut-off body). Only the envelope: the host's dispatcher has validated the value
 * and the error against the contract (`dispatcher.ts`) before sending it.
 */
export function readBridgeResult(body: unknown): BridgeResult | null {
  if (typeof body !== 'object' || body === null) return null;
  const answer = body as Record<string, unknown>;
  if (answer.ok === true && 'value' in answer) return { ok: true, value: answer.value };
  if (answer.ok !== false || typeof answer.error !== 'object' || answer.error === null) return null;
  const error = answer.error as Record<string, unknown>;
  if (typeof error.code !== 'string' || typeof error.message !== 'string' || error.message === '') return null;
  return { ok: false, error: error as unknown as BridgeError };
}

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
