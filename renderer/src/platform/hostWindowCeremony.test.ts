import { describe, expect, it } from 'vitest';
import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { DeskIdError } from '../../../electron/contract/DeskIdError';
import { createHostWindowCeremony } from './hostWindowCeremony';
import { PasskeyCeremonyError } from './PasskeyCeremony';

const method = {
  id: 'f1',
  type: 'passkey',
  label: 'This computer',
  verified: true,
  createdAt: '2026-01-02T03:04:05.000Z',
};

/** A bridge whose `passkeyCeremony` group answers as given, recording what it was asked. */
function bridgeAnswering(answers: { available?: unknown; register?: unknown; signIn?: unknown }) {
  const asked: unknown[] = [];
  const answer = (value: unknown) => (input: unknown) => {
    asked.push(input);
    return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
  };
  const bridge = {
    passkeyCeremony: {
      available: answer(answers.available),
      register: answer(answers.register),
      signIn: answer(answers.signIn),
    },
  } as unknown as GroupedBridge;
  return { bridge, asked };
}

describe('createHostWindowCeremony (Electron)', () => {
  it('asks the host whether a platform authenticator is here (Linux: no, before anything is asked of the server)', async () => {
    const { bridge } = bridgeAnswering({ available: { available: false, reason: 'no_platform_authenticator' } });
    await expect(createHostWindowCeremony(bridge).available()).resolves.toBe(false);
  });

  it("answers the host's new method, passing the name on", async () => {
    const { bridge, asked } = bridgeAnswering({ register: { status: 'done', method } });
    await expect(createHostWindowCeremony(bridge).register('This computer')).resolves.toEqual(method);
    expect(asked).toEqual([{ label: 'This computer' }]);
  });

  it("turns a ceremony that did not finish into the screens' PasskeyCeremonyError with its problem", async () => {
    const { bridge } = bridgeAnswering({ signIn: { status: 'failed', problem: 'timeout' } });
    const error = await createHostWindowCeremony(bridge)
      .signIn()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PasskeyCeremonyError);
    expect((error as PasskeyCeremonyError).problem).toBe('timeout');
  });

  it("passes the ID server's refusals through unchanged", async () => {
    const refusal = new DeskIdError('passkey_verification_failed', 'The server did not accept the passkey.');
    const { bridge } = bridgeAnswering({ register: refusal });
    await expect(createHostWindowCeremony(bridge).register()).rejects.toBe(refusal);
  });
});
