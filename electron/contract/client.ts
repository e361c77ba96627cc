import type { CallInput, CallName, CallOutput, CallSpec } from './calls';
import { DeskIdError } from './DeskIdError';
import { events, type EventName, type EventPayload } from './events';
import type { RawBridge } from './bridge';

/** The typed bridge the renderer uses: `await bridge.call('app.info', {})`. */
export interface BridgeClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
}

/**
 * Where the client finds a call's schemas: `loadCallSpec` (featureCalls.ts) in the
 * renderer, which loads each feature's schemas when first used, or `calls[name]`.
 */
export type CallSpecSource = (name: CallName) => CallSpec | Promise<CallSpec>;

/**
 * Wraps a raw bridge so that calls are typed from the contract, answers are validated
 * against the output schema, and errors surface as `DeskIdError`. The call goes out at
 * once; its schema is loaded meanwhile.
 */
export function createBridgeClient(raw: RawBridge, specOf: CallSpecSource): BridgeClient {
  return {
    async call(name, input) {
      const [result, spec] = await Promise.all([raw.call(name, input), specOf(name)]);
      if (!result.ok) throw DeskIdError.fromJSON(result.error);
      const parsed = spec.output.safeParse(result.value);
      if (!parsed.success) {
        throw new DeskIdError('internal', `The app answered "${name}" in an unexpected shape.`);
      }
      return parsed.data as CallOutput<typeof name>;
    },
    on(name, listener) {
      return raw.on(name, (payload) => {
        const parsed = events[name].safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}
