import { describe, expect, it } from 'vitest';
import type { RawBridge } from './bridge';
import { calls } from './calls';
import { createBridgeClient } from './client';
import { loadCallSpec } from './featureCalls';
import { DeskIdError } from './DeskIdError';

function rawAnswering(result: Awaited<ReturnType<RawBridge['call']>>): RawBridge {
  return { call: () => Promise.resolve(result), on: () => () => undefined };
}

describe('createBridgeClient', () => {
  it('turns a typed error into a DeskIdError with its code', async () => {
    const client = createBridgeClient(
      rawAnswering({ ok: false, error: { code: 'vault_locked', message: 'Locked.' } }),
      (name) => calls[name],
    );
    const error = await client.call('app.info', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeskIdError);
    expect(error).toMatchObject({ code: 'vault_locked', message: 'Locked.' });
  });

  it('refuses an answer in the wrong shape', async () => {
    const client = createBridgeClient(rawAnswering({ ok: true, value: { name: 'NotDeskID' } }), loadCallSpec);
    await expect(client.call('app.info', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('delivers only events whose payload matches the contract', () => {
    let emit: (payload: unknown) => void = () => undefined;
    const raw: RawBridge = {
      call: () => Promise.reject(new Error('unused')),
      on: (_name, listener) => {
        emit = listener;
        return () => undefined;
      },
    };
    const received: unknown[] = [];
    createBridgeClient(raw, loadCallSpec).on('app.locked', (payload) => received.push(payload));
    emit({ reason: 'idle' });
    emit({ reason: 'because' });
    emit('junk');
    expect(received).toEqual([{ reason: 'idle' }]);
  });

  it('validates each answer with the schemas of its own feature, loaded when first used', async () => {
    const client = createBridgeClient(
      rawAnswering({ ok: true, value: { url: 'http://localhost:1', embedded: true } }),
      loadCallSpec,
    );
    await expect(client.call('signIn.server', {})).rejects.toMatchObject({ code: 'internal' });
    await expect(loadCallSpec('signIn.server')).resolves.toBe(calls['signIn.server']);
  });
});
