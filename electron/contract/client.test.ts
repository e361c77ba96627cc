import { describe, expect, it } from 'vitest';
import { readBridgeResult, type RawBridge } from './bridge';
import { createBridgeClient } from './client';
import { DeskIdError } from './DeskIdError';

function rawAnswering(result: Awaited<ReturnType<RawBridge['call']>>): RawBridge {
  return { call: () => Promise.resolve(result), on: () => () => undefined };
}

describe('createBridgeClient', () => {
  it('turns a typed error into a DeskIdError with its code and details', async () => {
    const client = createBridgeClient(
      rawAnswering({ ok: false, error: { code: 'pin_throttled', message: 'Wait.', details: { retryAfter: 5 } } }),
    );
    const error = await client.call('app.info', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeskIdError);
    expect(error).toMatchObject({ code: 'pin_throttled', message: 'Wait.', details: { retryAfter: 5 } });
  });

  it('answers the value the host sent', async () => {
    const value = { name: 'DeskID' };
    await expect(createBridgeClient(rawAnswering({ ok: true, value })).call('app.info', {})).resolves.toBe(value);
  });
});

describe('readBridgeResult', () => {
  it('reads the two envelopes the host sends', () => {
    expect(readBridgeResult({ ok: true, value: 1 })).toEqual({ ok: true, value: 1 });
    expect(readBridgeResult({ ok: false, error: { code: 'internal', message: 'x' } })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'x' },
    });
  });

  it('refuses what is not an answer of the host', () => {
    for (const body of [null, 'ok', [], { ok: true }, { ok: false }, { ok: false, error: { code: 1, message: 'x' } }]) {
      expect(readBridgeResult(body), JSON.stringify(body)).toBeNull();
    }
    expect(readBridgeResult({ ok: false, error: { code: 'internal', message: '' } })).toBeNull();
  });
});
