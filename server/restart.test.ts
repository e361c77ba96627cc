/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compliantAccount, testServer, totpAt } from './testing/testServer';

const dir = mkdtempSync(path.join(os.tmpdir(), 'deskid-server-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('restart on the same database file', () => {
  it('keeps sessions, methods, lockout counters, used TOTP steps and the recovery code', async () => {
    const db = path.join(dir, 'server.db');
    const first = await testServer({ db });
    const { username, password, token, secret, recoveryCode } = await compliantAccount(first);
    const start = await first.signIn(username, password);
    const code = await totpAt(secret, first.clock);
    expect(
      (await first.call('POST', '/api/v1/sign-in/totp', { transaction: start.body.transaction, code })).status,
    ).toBe(200);
    const pending = await first.signIn(username, password);
    for (let i = 0; i < 3; i += 1)
      await first.call('POST', '/api/v1/sign-in/totp', { transaction: pending.body.transaction, code: '000000' });
    for (let i = 0; i < 4; i += 1) await first.signIn(username, 'wrong password, surely');
    const now = first.clock.current;
    await first.close();

    expect(statSync(path.join(dir, 'server.key')).mode & 0o777).toBe(0o600);

    const second = await testServer({ db });
    second.clock.current = now;
    try {
      const me = await second.call('GET', '/api/v1/me', undefined, token);
      expect(me.status).toBe(200);
      expect(me.body.username).toBe(username);
      expect(me.body.factors).toHaveLength(1);
      expect(me.body.compliance.compliant).toBe(true);
      // The transaction and the failure count survived: one more wrong code leaves 1.
      const wrong = await second.call('POST', '/api/v1/sign-in/totp', {
        transaction: pending.body.transaction,
        code: '000000',
      });
      expect(wrong.body.error.details.attemptsLeft).toBe(1);
      // The used step is still used.
      expect(
        (await second.call('POST', '/api/v1/sign-in/totp', { transaction: pending.body.transaction, code })).body.error
          .code,
      ).toBe('code_already_used');
      // Password failures: 4 before, 6 more lock.
      for (let i = 0; i < 6; i += 1) await second.signIn(username, 'wrong password, surely');
      expect((await second.signIn(username, password)).body.error.code).toBe('account_locked');
      second.clock.advance(901);
      // The recovery code can still be read back (the key file was reused) and still signs in.
      const again = await second.signIn(username, password);
      expect(
        (
          await second.call('POST', '/api/v1/sign-in/recovery-code', {
            transaction: again.body.transaction,
            code: recoveryCode,
          })
        ).status,
      ).toBe(200);
    } finally {
      await second.close();
    }
  });
});
