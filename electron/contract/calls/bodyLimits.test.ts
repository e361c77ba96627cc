import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { calls, maxBodyBytesOf, type CallName } from '../calls';
import { createDispatcher, type CallHandlers } from '../dispatcher';
import { defaultMaxBodyBytes } from './bodyLimits';

/**
 * For every call, the largest input its schema takes (strings at their max length of the
 * character costliest in JSON, arrays at their max length, the largest union option),
 * sent as the browser host's client sends it: `JSON.stringify`, UTF-8.
 */

/** One UTF-16 unit of each kind, costliest in JSON first: a control character is written `\u0001` (6 bytes). */
const characters = ['\u0001', '"', '\u00e9', 'A', 'a', '0'];
/** A string without `max` that still takes this many characters is unbounded. */
const scanLength = 2049;
/** A limit may be at most this many times its call's largest body (or {@link floorBytes}). */
const maxLimitRatio = 3;
const floorBytes = 1024;

interface Largest {
  value: unknown;
  /** Paths of fields with no bound (their value here is the smallest valid one). */
  unbounded: string[];
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function passes(schema: z.ZodType, value: unknown): boolean {
  return schema.safeParse(value).success;
}

function largestOf<T>(values: readonly T[], size: (value: T) => number): T | undefined {
  return values.reduce<T | undefined>(
    (best, value) => (best === undefined || size(value) > size(best) ? value : best),
    undefined,
  );
}

interface CheckDef {
  check: string;
  maximum?: number;
  length?: number;
}

/** The `max` (or exact `length`) of a string or array schema. */
function lengthBound(schema: z.ZodType): number | undefined {
  const { checks = [] } = schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] };
  const bounds = checks.flatMap(({ _zod: { def } }) =>
    def.check === 'max_length' ? [def.maximum!] : def.check === 'length_equals' ? [def.length!] : [],
  );
  return bounds.length === 0 ? undefined : Math.min(...bounds);
}

function largestString(schema: z.ZodType, path: string): Largest {
  const bound = lengthBound(schema);
  const found: string[] = [];
  for (const character of characters) {
    if (bound !== undefined) {
      const text = character.repeat(bound);
      if (passes(schema, text)) return { value: text, unbounded: [] };
      continue;
    }
    // No `max`: a pattern may still fix the length (`^\d{4}$`).
    let best: string | undefined;
    for (let length = 0; length <= scanLength; length++) {
      if (passes(schema, character.repeat(length))) best = character.repeat(length);
    }
    if (best?.length === scanLength) return { value: character, unbounded: [path] };
    if (best !== undefined) found.push(best);
  }
  const best = largestOf(found, jsonBytes);
  if (best === undefined) throw new Error(`No test text fits ${path}.`);
  return { value: best, unbounded: [] };
}

function largestValidInput(schema: z.ZodType, path = 'input'): Largest {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const leaf = (candidates: readonly unknown[]): Largest => ({
    value: largestOf(
      candidates.filter((candidate) => passes(schema, candidate)),
      jsonBytes,
    ),
    unbounded: [],
  });
  switch (def.type) {
    case 'string':
      return largestString(schema, path);
    case 'number': {
      const { minValue, maxValue } = schema as unknown as { minValue: number | null; maxValue: number | null };
      const edges = [minValue, maxValue, -Number.MAX_SAFE_INTEGER, -Number.MAX_VALUE, -Number.MIN_VALUE];
      return leaf(edges.filter((edge) => edge !== null && Number.isFinite(edge)));
    }
    case 'boolean':
      return leaf([false]);
    case 'enum':
      return leaf(Object.values(def.entries as object));
    case 'literal':
      return leaf(def.values as unknown[]);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return largestValidInput(def.innerType as z.ZodType, path);
    case 'pipe':
      return largestValidInput(def.in as z.ZodType, path);
    case 'object': {
      const fields = Object.entries(def.shape as Record<string, z.ZodType>).map(
        ([key, field]) => [key, largestValidInput(field, `${path}.${key}`)] as const,
      );
      return {
        value: Object.fromEntries(fields.map(([key, field]) => [key, field.value])),
        unbounded: fields.flatMap(([, field]) => field.unbounded),
      };
    }
    case 'tuple': {
      const items = (def.items as z.ZodType[]).map((item, index) => largestValidInput(item, `${path}[${index}]`));
      return { value: items.map((item) => item.value), unbounded: items.flatMap((item) => item.unbounded) };
    }
    case 'array': {
      const element = largestValidInput(def.element as z.ZodType, `${path}[]`);
      const bound = lengthBound(schema);
      if (bound === undefined) return { value: [element.value], unbounded: [path, ...element.unbounded] };
      return { value: Array.from({ length: bound }, () => element.value), unbounded: element.unbounded };
    }
    case 'union': {
      const options = (def.options as z.ZodType[]).map((option) => largestValidInput(option, path));
      const best = largestOf(
        options.filter((option) => passes(schema, option.value)),
        (option) => jsonBytes(option.value),
      );
      if (best === undefined) throw new Error(`No option of ${path} could be built.`);
      return { value: best.value, unbounded: options.flatMap((option) => option.unbounded) };
    }
    case 'record':
    case 'unknown':
    case 'any':
      return { value: {}, unbounded: [path] };
    default:
      throw new Error(`The test does not know zod's "${def.type}" (${path}): teach largestValidInput.`);
  }
}

/** The same input with the strings of each array made distinct (same lengths), for "each once" rules. */
function withDistinctArrayItems(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) =>
      typeof item === 'string' ? item.slice(0, item.length - index.toString(36).length) + index.toString(36) : item,
    );
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withDistinctArrayItems(field)]));
  }
  return value;
}

/** The largest valid input of a call, and its body size. */
function largestBodyOf(name: CallName): { input: unknown; bytes: number; unbounded: string[] } {
  const schema: z.ZodType = calls[name].input;
  const { value, unbounded } = largestValidInput(schema);
  const input = passes(schema, value) ? value : withDistinctArrayItems(value);
  expect(schema.safeParse(input).error, `${name}: the built input is valid`).toBeUndefined();
  return { input, bytes: jsonBytes(input), unbounded };
}

const names = Object.keys(calls) as CallName[];

describe('per-call body limits', () => {
  it.each(names)('%s: its largest valid input fits its limit, which is at most 3× that (or 1 KiB)', (name) => {
    const { bytes, unbounded } = largestBodyOf(name);
    const limit = maxBodyBytesOf(name);
    expect(bytes, `${name}: ${bytes} bytes at most, limit ${limit}`).toBeLessThanOrEqual(limit);
    expect(limit % 1024, 'limits are whole KiB').toBe(0);
    expect(unbounded, `${name} has fields with no max: bound them in its schema`).toEqual([]);
    expect(limit, `${name}: ${limit} for a largest body of ${bytes}`).toBeLessThanOrEqual(
      Math.max(floorBytes, maxLimitRatio * bytes),
    );
  });

  it("gives the passkey results limits derived from their bounded schemas, under the ID server's 64 KiB", () => {
    for (const name of ['enrollment.passkey', 'signIn.passkey'] as const) {
      const { bytes } = largestBodyOf(name);
      expect(maxBodyBytesOf(name), name).toBeLessThan(defaultMaxBodyBytes);
      // Within a few KiB of the largest result: the limit follows the schema's bounds.
      expect(maxBodyBytesOf(name) - bytes, name).toBeLessThanOrEqual(4 * 1024);
    }
  });

  it('allows a typical passkey registration result with room', () => {
    const response = {
      clientDataJSON: 'a'.repeat(400),
      // A packed attestation with a two-certificate chain is about 2 KB, 2.7 KB as base64url.
      attestationObject: 'a'.repeat(2700),
      authenticatorData: 'a'.repeat(300),
      publicKey: 'a'.repeat(122),
      publicKeyAlgorithm: -7,
      transports: ['internal'],
    };
    const result = (attestationObject: string) => ({
      response: {
        id: 'a'.repeat(86),
        rawId: 'a'.repeat(86),
        type: 'public-key',
        clientExtensionResults: { credProps: { rk: true } },
        response: { ...response, attestationObject },
      },
      label: 'Work laptop',
    });
    const typical = result(response.attestationObject);
    expect(calls['enrollment.passkey'].input.safeParse(typical).success).toBe(true);
    expect(jsonBytes(typical)).toBeLessThan(maxBodyBytesOf('enrollment.passkey') / 8);
    // A chain of five certificates (about 5 KB, 6.8 KB as base64url) still fits three times over.
    expect(calls['enrollment.passkey'].input.safeParse(result('a'.repeat(3 * 6800))).success).toBe(true);
  });

  it('allows a typical passkey authentication result with room', () => {
    const typical = {
      response: {
        id: 'a'.repeat(22),
        rawId: 'a'.repeat(22),
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
        // ES256: 37 bytes of authenticator data and a DER signature of about 71 bytes.
        response: {
          clientDataJSON: 'a'.repeat(300),
          authenticatorData: 'a'.repeat(50),
          signature: 'a'.repeat(95),
          userHandle: 'a'.repeat(43),
        },
      },
    };
    expect(calls['signIn.passkey'].input.safeParse(typical).success).toBe(true);
    expect(jsonBytes(typical)).toBeLessThan(maxBodyBytesOf('signIn.passkey') / 8);
  });

  it('reads uploads by their file: a picture by Add or by Import alike, a backup smaller', () => {
    const picture = largestBodyOf('adding.fromImage').bytes;
    expect(picture).toBeGreaterThan(11_000_000);
    expect(maxBodyBytesOf('importing.preview')).toBe(maxBodyBytesOf('adding.fromImage'));
    expect(maxBodyBytesOf('exporting.restore')).toBeLessThan(maxBodyBytesOf('importing.preview'));
  });
});

describe('passkey results at the bridge', () => {
  /** The dispatcher with handlers for the two results that record what reached them. */
  function dispatcher() {
    const reached: string[] = [];
    const handlers = {
      'enrollment.passkey': () => {
        reached.push('enrollment.passkey');
        throw new Error('not reached in these tests');
      },
      'signIn.passkey': () => {
        reached.push('signIn.passkey');
        throw new Error('not reached in these tests');
      },
    } as unknown as CallHandlers;
    return { dispatch: createDispatcher({ handlers }), reached };
  }

  /** `input` with the string at `path` (keys from the call's input) one character longer. */
  function longer(input: unknown, path: readonly string[]): unknown {
    const [key, ...rest] = path;
    if (key === undefined) return `${input as string}A`;
    const object = input as Record<string, unknown>;
    return { ...object, [key]: longer(object[key], rest) };
  }

  const oversize = [
    ['enrollment.passkey', ['response', 'response', 'attestationObject']],
    ['enrollment.passkey', ['response', 'response', 'clientDataJSON']],
    ['enrollment.passkey', ['response', 'rawId']],
    ['signIn.passkey', ['response', 'response', 'signature']],
    ['signIn.passkey', ['response', 'response', 'userHandle']],
    ['signIn.passkey', ['response', 'id']],
  ] as const;

  it.each(oversize)('%s: a %j one character over its bound is refused before the handler', async (name, path) => {
    const { dispatch, reached } = dispatcher();
    const { input } = largestBodyOf(name);
    // The largest valid input reaches the handler...
    expect(await dispatch(name, input)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(reached).toEqual([name]);
    // ...one character more in one field does not, though the body is still under the call's limit.
    const over = longer(input, path);
    expect(jsonBytes(over)).toBeLessThanOrEqual(maxBodyBytesOf(name));
    const answer = await dispatch(name, over);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(answer.ok ? '' : answer.error.message).toContain(path.at(-1));
    expect(reached).toEqual([name]);
  });

  it('refuses an extension result it does not know', async () => {
    const { dispatch, reached } = dispatcher();
    const { input } = largestBodyOf('signIn.passkey');
    const response = (input as { response: Record<string, unknown> }).response;
    const answer = await dispatch('signIn.passkey', {
      response: { ...response, clientExtensionResults: { largeBlob: { blob: 'AAAA' } } },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(reached).toEqual([]);
  });
});
