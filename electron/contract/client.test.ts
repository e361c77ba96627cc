import { describe, expect, it } from 'vitest';
import type { RawBridge } from './bridge';
import { createBridgeClient } from './client';
import { DeskIdError } from './DeskIdError';

function rawAnswering(result: Awaited<ReturnType<RawBridge['call']>>): RawBridge {
  return { call: () => Promise.resolve(result), on: () => () => undefined };
}

describe('createBridgeClient', () => {
  it('turns a typed error into a DeskIdError with its code', async () => {
    const client = createBridgeClient(rawAnswering({ ok: false, error: { code: 'vault_locked', message: 'Locked.' } }));
    const error = await client.call('app.info', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeskIdError);
    expect(error).toMatchObject({ code: 'vault_locked', message: 'Locked.' });
  });

  it('refuses an answer in the wrong shape', async () => {
    const client = createBridgeClient(rawAnswering({ ok: true, value: { name: 'NotDeskID' } }));
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
    createBridgeClient(raw).on('app.locked', (payload) => received.push(payload));
    emit({ reason: 'idle' });
    emit({ reason: 'because' });
    emit('junk');
    expect(received).toEqual([{ reason: 'idle' }]);
  });
});
