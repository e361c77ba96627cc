import { readBridgeResult, type BridgeResult, type RawBridge } from '../../../electron/contract/bridge';
import type { CallName } from '../../../electron/contract/calls';
import type { EventName } from '../../../electron/contract/events';
import { DeskIdError } from '../../../electron/contract/DeskIdError';

/**
 * The bridge over loopback HTTP to the browser host. Every request carries the
 * per-launch secret that the host put in the page's URL fragment.
 */
export function createHttpBridge(secret: string, baseUrl = ''): RawBridge {
  const authorization = `Bearer ${secret}`;
  const headers = { authorization, 'content-type': 'application/json' };
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let streaming = false;

  const startEventStream = () => {
    if (streaming) return;
    streaming = true;
    void readEventStream(`${baseUrl}/bridge/events`, authorization, (name, payload) => {
      for (const listener of listeners.get(name) ?? []) listener(payload);
    }).finally(() => {
      streaming = false;
    });
  };

  return {
    async call(name: CallName, input: unknown): Promise<BridgeResult> {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/bridge/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input),
        });
      } catch {
        return unreachable();
      }
      return readBridgeResult(await response.json().catch(() => null)) ?? unreachable();
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      startEventStream();
      return () => set.delete(listener);
    },
  };
}

/** The mark in the details of the window's own "lost contact" error (`isLostContact`). */
const lostContact = 'lost_contact';

function unreachable(): BridgeResult {
  return {
    ok: false,
    error: {
      code: 'internal',
      message: 'The DeskID window lost contact with its host. Restart DeskID.',
      details: { reason: lostContact },
    },
  };
}

/**
 * True for the error this window makes itself when the host does not answer. It has the
 * contract's `internal` code, marked in its details; an `internal` from the host never
 * carries details (the dispatcher drops those the contract does not document for a code,
 * errorDetailSchemas.ts), so the host's own failures are never taken for it.
 */
export function isLostContact(error: unknown): boolean {
  return error instanceof DeskIdError && error.code === 'internal' && error.details?.reason === lostContact;
}

/**
 * Reads the host's server-sent event stream with `fetch`, not `EventSource`: EventSource
 * cannot send an `Authorization` header, so the secret would have to travel in the URL,
 * where it can end up in logs and history. With fetch it stays in the header,
 * like every other bridge request. Chromium sends no `Origin` on this same-origin GET; the
 * host accepts it by `Sec-Fetch-Site: same-origin`, which pages cannot forge.
 */
async function readEventStream(
  url: string,
  authorization: string,
  emit: (name: EventName, payload: unknown) => void,
): Promise<void> {
  const response = await fetch(url, { headers: { authorization } }).catch(() => null);
  if (response?.ok !== true) return;
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (reader === undefined) return;
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (frame.startsWith('data: ')) {
        const message = JSON.parse(frame.slice('data: '.length)) as { name: EventName; payload: unknown };
        emit(message.name, message.payload);
      }
      end = buffer.indexOf('\n\n');
    }
  }
}
