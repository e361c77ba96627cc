import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { calls } from './calls';

/** Field names that would carry a secret across the bridge; `…Key` in camelCase too (not `passkey`, `keychain`). */
const secretWords = /token|transaction|secret|password|pin|otpauth|credentialId|e164/i;
const isSecretName = (name: string): boolean => secretWords.test(name) || /[a-z]Key$/.test(name);

/**
 * Fields shown to the person on purpose (docs/sessions.md). Each entry is the call and
 * the field's path. `recoveryCodeShown.groups` (the recovery code) is fine by name.
 */
const shownOnPurpose = new Set([
  // The phone-app authenticator's base32 key, for typing in by hand where the QR code cannot be scanned.
  'enrollment.addAuthenticatorPhone:setupKey',
]);

/** A yes/no, a number or a value from a fixed list cannot carry a secret, whatever its name (`hasPin`, `residentKey`). */
function cannotHoldSecret(schema: z.ZodType): boolean {
  const def = schema._zod.def;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') {
    return cannotHoldSecret((def as unknown as { innerType: z.ZodType }).innerType);
  }
  if (def.type === 'literal')
    return (def as unknown as { values: unknown[] }).values.every((v) => typeof v !== 'string');
  return def.type === 'boolean' || def.type === 'number' || def.type === 'int' || def.type === 'enum';
}

/**
 * Every field name under `schema` that looks like a secret, as paths: through objects
 * (and their catch-all), arrays, tuples, unions, records, intersections, pipes, lazy
 * schemas and the optional/nullable/default/readonly wrappers.
 */
function secretLookingFields(schema: z.ZodType, path = ''): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string, at = path) => secretLookingFields(def[key] as z.ZodType, at);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const found = Object.entries(shape).flatMap(([name, field]) => {
        const at = path === '' ? name : `${path}.${name}`;
        const own = isSecretName(name) && !cannotHoldSecret(field) ? [at] : [];
        return [...own, ...secretLookingFields(field, at)];
      });
      return def.catchall === undefined ? found : [...found, ...inner('catchall', `${path}.*`)];
    }
    case 'array':
      return inner('element', `${path}[]`);
    case 'tuple': {
      const items = (def.items as z.ZodType[]).flatMap((item, index) => secretLookingFields(item, `${path}[${index}]`));
      return def.rest == null ? items : [...items, ...inner('rest', `${path}[]`)];
    }
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => secretLookingFields(option, path));
    case 'intersection':
      return [...inner('left'), ...inner('right')];
    case 'record':
      return inner('valueType', `${path}.*`);
    case 'pipe':
      return [...inner('in'), ...inner('out')];
    case 'lazy':
      return secretLookingFields((def.getter as () => z.ZodType)(), path);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner('innerType');
    default:
      return [];
  }
}

describe('bridge answers have no field named like a secret', () => {
  it('holds for the output of every call, but for the fields shown on purpose', () => {
    const found = Object.entries(calls).flatMap(([name, spec]) =>
      secretLookingFields(spec.output).map((field) => `${name}:${field}`),
    );
    expect(found.filter((field) => !shownOnPurpose.has(field))).toEqual([]);
    // The allowlist names only fields that exist: a renamed field must be looked at again.
    expect(found.filter((field) => shownOnPurpose.has(field))).toEqual([...shownOnPurpose]);
  });

  it('finds a token wherever a schema hides it', () => {
    const token = z.object({ token: z.string() });
    expect(secretLookingFields(z.object({ session: token }))).toEqual(['session.token']);
    expect(secretLookingFields(z.array(token).optional())).toEqual(['[].token']);
    expect(secretLookingFields(z.object({ a: z.tuple([z.string(), token]) }).nullable())).toEqual(['a[1].token']);
    expect(
      secretLookingFields(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('a') }),
          z.object({ kind: z.literal('b'), otpauthUri: z.string() }),
        ]),
      ),
    ).toEqual(['otpauthUri']);
    expect(secretLookingFields(z.record(z.string(), z.object({ e164: z.string() })))).toEqual(['.*.e164']);
    expect(secretLookingFields(z.object({ x: z.lazy(() => z.object({ privateKey: z.string() })) }))).toEqual([
      'x.privateKey',
    ]);
    expect(secretLookingFields(z.object({ pin: z.string(), hasPin: z.boolean() }))).toEqual(['pin']);
    expect(secretLookingFields(z.object({ passkey: z.object({ syncs: z.boolean() }), apiKey: z.string() }))).toEqual([
      'apiKey',
    ]);
    expect(secretLookingFields(z.object({ transaction: z.string().transform((value) => value.length) }))).toEqual([
      'transaction',
    ]);
  });
});
