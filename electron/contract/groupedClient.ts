import { calls, type CallInput, type CallName, type CallOutput, type FeatureName } from './calls';
import type { BridgeClient } from './client';
import type { EventName, EventPayload } from './events';

type VerbsOf<F extends FeatureName> = {
  [N in CallName as N extends `${F}.${infer Verb}` ? Verb : never]: (input: CallInput<N>) => Promise<CallOutput<N>>;
};

/**
 * The bridge as the renderer uses it, grouped by feature like the contract's files:
 * `bridge.signIn.password({ username, password })`. Built from the `calls` object, so a
 * new call appears here with no further code.
 */
export type GroupedBridge = { readonly [F in FeatureName]: VerbsOf<F> } & {
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
};

export function createGroupedBridge(client: BridgeClient): GroupedBridge {
  const groups: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of Object.keys(calls) as CallName[]) {
    const dot = name.indexOf('.');
    const feature = name.slice(0, dot);
    const verb = name.slice(dot + 1);
    groups[feature] ??= {};
    groups[feature][verb] = (input: unknown) => client.call(name, input as never);
  }
  return { ...groups, on: client.on.bind(client) } as unknown as GroupedBridge;
}
