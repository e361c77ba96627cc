import { describe, it, expect } from 'vitest';
import type { NewAccount } from '../authenticator/accountSchema';
import { newAccountSchema } from '../authenticator/accountSchema';
import { readFixture, readFixtureExpectations } from './fixtureFiles';
import { importAccounts } from './importAccounts';

const expectations = readFixtureExpectations();

/** An account in the shape of `expected.json`. */
function asExpected(account: NewAccount) {
  return {
    type: account.type,
    issuer: account.issuer,
    name: account.label,
    secret: account.secret,
    algorithm: account.algorithm,
    digits: account.digits,
    period: account.type === 'hotp' ? null : account.period,
    counter: account.type === 'hotp' ? account.counter : null,
  };
}

describe('importAccounts on real exports written by other apps', () => {
  it('has every fixture file', () => {
    expect(Object.keys(expectations)).toHaveLength(17);
  });

  for (const [path, expected] of Object.entries(expectations)) {
    it(`imports ${path} to exactly its ${expected.entry_count} expected entries`, async () => {
      const options = expected.password === null ? {} : { password: expected.password };
      const result = await importAccounts(readFixture(path), options);
      expect(result.skipped).toEqual([]);
      expect(result.accounts.map(asExpected)).toEqual(expected.entries);
      for (const account of result.accounts) expect(newAccountSchema.safeParse(account).success).toBe(true);
    });
  }

  it('asks for the password of an encrypted backup, and refuses a wrong one', async () => {
    for (const path of ['aegis/aegis_encrypted.json', '2fas/2fas_authenticator_encrypted_v4.2fas']) {
      await expect(importAccounts(readFixture(path))).rejects.toMatchObject({ code: 'password_required' });
      await expect(importAccounts(readFixture(path), { password: 'wrong' })).rejects.toMatchObject({
        code: 'wrong_password',
      });
    }
  });

  it('answers unsupported_format for files it does not know', async () => {
    for (const text of ['hello', '{"some":"json"}', '<html></html>', '']) {
      await expect(importAccounts(Buffer.from(text))).rejects.toMatchObject({ code: 'unsupported_format' });
    }
    await expect(importAccounts(Uint8Array.from([0xc3, 0x28, 0xff]))).rejects.toMatchObject({
      code: 'unsupported_format',
    });
  });

  it('answers import_failed for a truncated backup', async () => {
    const aegis = readFixture('aegis/aegis_plain.json');
    await expect(importAccounts(aegis.subarray(0, aegis.length / 2))).rejects.toMatchObject({ code: 'import_failed' });
    const db = readFixture('google_authenticator/google_authenticator.sqlite');
    await expect(importAccounts(db.subarray(0, 100))).rejects.toMatchObject({ code: 'import_failed' });
  });
});
