import { createHmac, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fixtureDir,
  readFixtureExpectations,
  type FixtureExpectation,
} from '../../electron/services/importers/fixtureFiles';
import { runDeskid } from '../fixtures/runDeskid';

// Every third-party export of test/fixtures/importers (a byte-for-byte copy of
// shared/fixtures/importers) through the path a person uses: the real `deskid` CLI, a
// fresh data folder and keychain service each, then `accounts list` and `code`. The codes
// are computed here from expected.json's secrets with RFC 4226/6238 written out below, not
// with DeskID's generateCode.

type Expected = FixtureExpectation['entries'][number];

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function decodeBase32(text: string): Buffer {
  let bits = '';
  for (const char of text.replace(/=+$/, '')) bits += base32Alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((byte) => parseInt(byte, 2)));
}

/** RFC 4226 §5.3: HMAC over the 8-byte big-endian counter, then dynamic truncation to 31 bits. */
function truncatedHmac(entry: Expected, counter: number): number {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac(entry.algorithm.toLowerCase(), decodeBase32(entry.secret)).update(message).digest();
  const offset = (hmac.at(-1) ?? 0) & 0x0f;
  return hmac.readUInt32BE(offset) & 0x7fffffff;
}

/** The code of `entry` at HOTP counter or time step `counter` (Steam: 5 characters of its alphabet). */
function referenceCode(entry: Expected, counter: number): string {
  const value = truncatedHmac(entry, counter);
  if (entry.type !== 'steam') return String(value % 10 ** entry.digits).padStart(entry.digits, '0');
  const alphabet = '23456789BCDFGHJKMNPQRTVWXY';
  let code = '';
  for (let rest = value, index = 0; index < entry.digits; index++, rest = Math.floor(rest / alphabet.length))
    code += alphabet.charAt(rest % alphabet.length);
  return code;
}

/** The account as `accounts list --json` shows it, without the id. */
function listed(entry: Expected, counterMovedBy = 0) {
  return {
    issuer: entry.issuer,
    label: entry.name,
    type: entry.type,
    algorithm: entry.algorithm,
    digits: entry.digits,
    ...(entry.type === 'hotp' ? { counter: (entry.counter ?? 0) + counterMovedBy } : { period: entry.period }),
  };
}

/** What `accounts list --json` printed, each account without its id. */
function shownWithoutIds(stdout: string): Record<string, unknown>[] {
  return (JSON.parse(stdout) as Record<string, unknown>[]).map((account) =>
    Object.fromEntries(Object.entries(account).filter(([key]) => key !== 'id')),
  );
}

/** The same account for DeskID: same issuer, label and secret. */
function sameAccount(one: Expected, other: Expected): boolean {
  return one.issuer === other.issuer && one.name === other.name && one.secret === other.secret;
}

/** The entries DeskID adds: a repeat of an earlier one (same issuer, label and secret) is reported, not added. */
function firstOfEach(entries: Expected[]): Expected[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = JSON.stringify([entry.issuer, entry.name, entry.secret]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('the test’s own RFC 4226/6238 codes', () => {
  it('match RFC 6238 Appendix B and RFC 4226 Appendix D', () => {
    const entry = (algorithm: string, secret: string, digits: number): Expected => ({
      type: 'totp',
      issuer: '',
      name: '',
      secret,
      algorithm,
      digits,
      period: 30,
      counter: null,
    });
    // The ASCII seeds of RFC 6238, in base32.
    const sha1 = entry('SHA1', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 8);
    const sha256 = entry('SHA256', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA', 8);
    expect(referenceCode(sha1, Math.floor(59 / 30))).toBe('94287082');
    expect(referenceCode(sha256, Math.floor(1_111_111_109 / 30))).toBe('68084774');
    expect(referenceCode({ ...sha1, digits: 6 }, 9)).toBe('520489');
  });
});

describe.concurrent('deskid accounts import of every fixture file, then list and code', () => {
  for (const [file, expected] of Object.entries(readFixtureExpectations())) {
    it(`${file}: imports, lists and gives the right codes`, { timeout: 240_000 }, async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-cli-import-'));
      dirs.push(dataDir);
      const env = { DESKID_KEYCHAIN_SERVICE: `DeskID-cli-import-${randomUUID()}` };
      const deskid = (args: string[], stdin = '') =>
        runDeskid(['--data-dir', dataDir, ...args], { stdin, env, killAfterMs: 120_000 });

      expect((await deskid(['settings', 'set', 'shared-desktop', 'off'])).status).toBe(0);
      expect((await deskid(['profiles', 'add', 'Test'])).status).toBe(0);

      const password = expected.password === null ? [] : ['--password-stdin'];
      const imported = await deskid(
        ['accounts', 'import', path.join(fixtureDir, file), ...password],
        expected.password === null ? '' : `${expected.password}\n`,
      );
      expect(imported.stderr).toBe('');
      expect(imported.status).toBe(0);
      const added = firstOfEach(expected.entries);
      expect(imported.stdout).toContain(`Added ${added.length} account${added.length === 1 ? '' : 's'}.`);
      // A fresh profile: an entry not added repeats one of the same file, and says so once an account.
      const repeatedAccounts = added.filter(
        (entry) => expected.entries.filter((other) => sameAccount(entry, other)).length > 1,
      );
      expect(imported.stdout).not.toContain('not added again');
      expect(imported.stdout.split('in this file; added once.').length - 1).toBe(repeatedAccounts.length);
      expect(imported.stdout).not.toContain('skipped');

      const list = await deskid(['accounts', 'list', '--json']);
      expect(list.status).toBe(0);
      expect(shownWithoutIds(list.stdout)).toEqual(added.map((entry) => listed(entry)));
      for (const entry of added) expect(list.stdout).not.toContain(entry.secret);

      const ids = (JSON.parse(list.stdout) as { id: string }[]).map((account) => account.id);
      for (const [index, id] of ids.entries()) {
        const entry = added[index];
        if (entry === undefined) throw new Error(`no expected entry at ${index}`);
        const before = Date.now();
        const run = await deskid(['code', id, '--json']);
        const after = Date.now();
        expect(run.status).toBe(0);
        const { code } = JSON.parse(run.stdout) as { code: string };
        if (entry.type === 'hotp') {
          expect(code).toBe(referenceCode(entry, entry.counter ?? 0));
        } else {
          const period = entry.period ?? 30;
          const steps = [before, after].map((time) => Math.floor(time / 1000 / period));
          expect(steps.map((step) => referenceCode(entry, step))).toContain(code);
        }
      }

      // A HOTP code is shown once: its counter moved on and was saved; TOTP and Steam are as they were.
      const afterCodes = await deskid(['accounts', 'list', '--json']);
      expect(shownWithoutIds(afterCodes.stdout)).toEqual(added.map((entry) => listed(entry, 1)));
    });
  }
});
