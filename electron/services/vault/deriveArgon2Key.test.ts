import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { deriveArgon2Key } from './deriveArgon2Key';

// The third-party library fails the way it does when memory runs out; our code is real.
vi.mock('argon2', async (importOriginal) => ({
  ...(await importOriginal<typeof import('argon2')>()),
  hash: () => Promise.reject(new Error('Memory allocation error (passphrase "hunter2 secret")')),
}));

const salt = new Uint8Array(16);
const params = { memoryKiB: 19_456, iterations: 2, parallelism: 1 };

describe('deriveArgon2Key', () => {
  it('turns a failure of the argon2 library into a DeskIdError that names no secret', async () => {
    const error: unknown = await deriveArgon2Key('hunter2 secret', salt, params).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeskIdError);
    expect(error).toMatchObject({ code: 'internal', details: { reason: 'argon2id failed', ...params } });
    expect(JSON.stringify((error as DeskIdError).toJSON())).not.toContain('hunter2');
  });

  it('refuses costs outside the accepted ranges and short salts as a caller mistake', async () => {
    for (const bad of [
      { ...params, memoryKiB: 2 ** 32 },
      { ...params, memoryKiB: 1024 },
      { ...params, iterations: 1e9 },
      { ...params, iterations: 0 },
      { ...params, parallelism: 2 ** 24 },
      { ...params, parallelism: 1.5 },
    ]) {
      await expect(deriveArgon2Key('1234', salt, bad)).rejects.toBeInstanceOf(TypeError);
    }
    await expect(deriveArgon2Key('1234', new Uint8Array(4), params)).rejects.toThrow(/salt must be at least 16 bytes/);
  });
});
