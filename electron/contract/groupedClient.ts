import type { CallInput, CallName, CallOutput, FeatureName } from './calls';
import type { BridgeClient } from './client';
import type { EventName, EventPayload } from './events';

type VerbsOf<F extends FeatureName> = {
  [N in CallName as N extends `${F}.${infer Verb}` ? Verb : never]: (input: CallInput<N>) => Promise<CallOutput<N>>;
};

/**
 * The bridge as the renderer uses it, grouped by feature like the contract's files:
 * `bridge.signIn.password({ username, password })`. Typed from the `calls` object, so a
 * new call appears here with no further code.
 */
export type GroupedBridge = { readonly [F in FeatureName]: VerbsOf<F> } & {
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
};

/**
 * Builds the grouped bridge without the `calls` object itself (a proxy turns
 * `bridge.signIn.password` into the call `signIn.password`): the renderer loads each
 * feature's schemas only when first used (featureCalls.ts). The types allow only the
 * contract's names; a name it does not know is refused by the host.
 */
export function createGroupedBridge(client: BridgeClient): GroupedBridge {
  const groups = new Map<string, Record<string, (input: unknown) => Promise<unknown>>>();
  const groupOf = (feature: string) => {
    let group = groups.get(feature);
    if (group === undefined) {
      const verbs: Record<string, (input: unknown) => Promise<unknown>> = {};
      group = new Proxy(verbs, {
        get: (cache, verb) => {
          if (typeof verb !== 'string') return undefined;
          cache[verb] ??= (input: unknown) => client.call(`${feature}.${verb}` as CallName, input as never);
          return cache[verb];
        },
      });
      groups.set(feature, group);
    }
    return group;
  };
  const on = client.on.bind(client);
  return new Proxy({} as GroupedBridge, {
    get: (_target, feature) => {
      if (feature === 'on') return on;
      // `then` is asked when the bridge passes through a promise: it is not a feature.
      if (typeof feature !== 'string' || feature === 'then') return undefined;
      return groupOf(feature);
    },
  });
}
