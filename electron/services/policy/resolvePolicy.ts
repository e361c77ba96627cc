import { isPolicyKey, policyDefaults, policyDefinitions, type PolicyKey, type PolicyValues } from './policySchema';
import type { PolicyLayer, PolicyWarning } from './PolicySource';

/** Where a setting's value came from. */
export type PolicyOrigin = { kind: 'default' } | { kind: 'user'; source: string } | { kind: 'policy'; source: string };

/** The settings in force, each with where it came from, and what was ignored on the way. */
export interface EffectivePolicy {
  values: PolicyValues;
  origins: Record<PolicyKey, PolicyOrigin>;
  warnings: PolicyWarning[];
}

/**
 * Merges the sources in rising precedence: the built-in defaults, then the person's own
 * settings (`user`), then each machine-policy layer in order (the last wins). Each value is
 * checked against its setting's schema; an unknown name or a bad value is left out with a
 * warning naming the key, the source and the reason, and the value below it holds.
 */
export function resolvePolicy({
  user,
  machine,
}: {
  user?: PolicyLayer;
  machine: readonly PolicyLayer[];
}): EffectivePolicy {
  const values: Record<string, unknown> = structuredClone(policyDefaults);
  const origins = Object.fromEntries(Object.keys(policyDefaults).map((key) => [key, { kind: 'default' }])) as Record<
    PolicyKey,
    PolicyOrigin
  >;
  const warnings: PolicyWarning[] = [];
  const layers = [
    ...(user === undefined ? [] : [{ layer: user, kind: 'user' as const }]),
    ...machine.map((layer) => ({ layer, kind: 'policy' as const })),
  ];
  for (const { layer, kind } of layers) {
    warnings.push(...layer.warnings);
    for (const [key, raw] of Object.entries(layer.values)) {
      if (!isPolicyKey(key)) {
        warnings.push({ key, source: layer.source, reason: 'is not a DeskID setting; it is ignored' });
        continue;
      }
      const checked = policyDefinitions[key].schema.safeParse(raw);
      if (!checked.success) {
        const reason = checked.error.issues.map((issue) => issue.message).join('; ');
        warnings.push({ key, source: layer.source, reason: `${reason}; the value below it holds` });
        continue;
      }
      values[key] = checked.data;
      origins[key] = { kind, source: layer.source };
    }
  }
  return { values: values as PolicyValues, origins, warnings };
}

/** The keys machine policy sets: shown locked, "Set by your organization". */
export function enforcedKeys(policy: EffectivePolicy): PolicyKey[] {
  return (Object.keys(policy.origins) as PolicyKey[]).filter((key) => policy.origins[key].kind === 'policy');
}
