import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import type { Argon2Params } from '../vault/deriveArgon2Key';
import { RecoveryCodePinReset } from './RecoveryCodePinReset';

const cheapKdf: Argon2Params = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-pin-reset-code-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function authority(options: { recoveryCode?: string; signIn?: () => Promise<string> }): RecoveryCodePinReset {
  return new RecoveryCodePinReset({
    file: path.join(dir, `${randomUUID()}.json`),
    vaultId: 'v1',
    kdf: cheapKdf,
    ...options,
  });
}

describe('RecoveryCodePinReset reads the recovery code by the protocol rule', () => {
  it('seals under the digits however the code is grouped, and opens with the plain digits', async () => {
    const share = randomBytes(32);
    const file = path.join(dir, 'grouped.json');
    await new RecoveryCodePinReset({ file, vaultId: 'v1', kdf: cheapKdf, recoveryCode: '5555 6666-7777 8884' }).deposit(
      share,
    );
    expect(await readFile(file, 'utf8')).not.toContain('5555');
    const opened = await new RecoveryCodePinReset({
      file,
      vaultId: 'v1',
      kdf: cheapKdf,
      signIn: () => Promise.resolve('5555666677778884'),
    }).withdraw();
    expect(Buffer.from(opened).equals(share)).toBe(true);
  });

  it('refuses a code whose check digit is wrong, in words, without repeating it', async () => {
    for (const code of ['5555666677778885', '555566667777888', 'not a code']) {
      const refusal = await authority({ recoveryCode: code })
        .deposit(randomBytes(32))
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(refusal).toBeInstanceOf(DeskIdError);
      expect(refusal).toMatchObject({ code: 'invalid_code' });
      expect((refusal as Error).message).toMatch(/16 digits/);
      expect((refusal as Error).message).not.toContain(code);
    }
  });
});
