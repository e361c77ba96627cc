import { describe, expect, it } from 'vitest';
import { calls, type CallName } from './calls';
import { loadCallSpec } from './featureCalls';

describe('featureCalls', () => {
  it('loads, for every call of the contract, the very spec the host registers', async () => {
    for (const name of Object.keys(calls) as CallName[]) {
      await expect(loadCallSpec(name), name).resolves.toBe(calls[name]);
    }
  });

  it('refuses a name the contract does not have', async () => {
    await expect(loadCallSpec('signIn.nothing' as CallName)).rejects.toThrow('no call "signIn.nothing"');
  });
});
