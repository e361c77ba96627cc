import type { CallInput, CallName, CallOutput } from './calls';
import { DeskIdError } from './DeskIdError';
import type { EventName, EventPayload } from './events';
import type { RawBridge } from './bridge';

/** The typed bridge the renderer uses: `await bridge.call('app.info', {})`. */
export interface BridgeClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
}

/**
 * Wraps a raw bridge so that calls and events are typed from the contract and errors
 * surface as `DeskIdError`.
 *
 * Validation happens once, on the host side, in both directions: the dispatcher parses
 * every input, output and error's details with the contract's zod schemas, and both hosts
 * parse every event before it leaves. The renderer runs no schema again; building the
 * contract's schemas at start was the largest cost of the first screen (bench:renderer).
 */
export function createBridgeClient(raw: RawBridge): BridgeClient {
  return {
    async call(name, input) {
      const result = await raw.call(name, input);
      if (!result.ok) throw DeskIdError.fromJSON(result.error);
      return result.value as CallOutput<typeof name>;
    },
    on(name, listener) {
      return raw.on(name, (payload) => listener(payload as EventPayload<typeof name>));
    },
  };
}
