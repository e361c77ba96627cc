import type { CallOutput } from '../../electron/contract/calls';

type Setting = CallOutput<'policy.get'>['settings'][number];

/** A `policy.get` answer: each setting given is set by machine policy from `/etc/deskid/policy.json`. */
export function policyAnswer(
  values: Record<string, Setting['value']>,
  warnings: CallOutput<'policy.get'>['warnings'] = [],
): () => Promise<CallOutput<'policy.get'>> {
  const settings = Object.entries(values).map(([name, value]) => ({
    ...{ name, value, origin: 'policy' as const, source: '/etc/deskid/policy.json' },
    ...{ userMayChange: false, description: `${name}, as the schema describes it` },
  }));
  return () => Promise.resolve({ settings, warnings });
}
