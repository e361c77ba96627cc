import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { AuditLog } from '../audit/AuditLog';
import type { NewAccount } from '../authenticator/accountSchema';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { Vault } from '../vault/Vault';
import { AccountBook } from './AccountBook';

// A real vault on the real Secret Service (npm run test:unit starts a private one).
const keychain = new NapiKeychain(`deskid-test-accounts-${randomUUID()}`);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup) await step();
});

const totp: NewAccount = {
  type: 'totp',
  issuer: 'Clinic Portal',
  label: 'dana',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  icon: null,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
};
const hotp: NewAccount = {
  type: 'hotp',
  issuer: 'Lab',
  label: 'dana',
  secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  icon: null,
  algorithm: 'SHA1',
  digits: 6,
  counter: 0,
};
// The audit log's clock, moved by the tests that copy codes at chosen times.
let clock = Date.now();

async function openBook({ auditMaxBytes }: { auditMaxBytes?: number } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-accounts-'));
  const vaultId = randomUUID();
  cleanup.push(async () => {
    await Vault.erase({ dir, keychain, vaultId });
    await rm(dir, { recursive: true, force: true });
  });
  const audit = new AuditLog({
    file: path.join(dir, 'audit.jsonl'),
    profileId: vaultId,
    now: () => new Date(clock),
    ...(auditMaxBytes === undefined ? {} : { maxBytes: auditMaxBytes }),
  });
  const vault = await Vault.create({ dir, keychain, vaultId });
  return { dir, vault, audit, book: new AccountBook(vault, audit) };
}

describe('AccountBook', () => {
  it('stores accounts in the vault and reports duplicates instead of adding them twice', async () => {
    const { book, vault } = await openBook();
    const first = await book.add([totp, hotp], 'otpauth');
    expect(first.added).toHaveLength(2);
    const again = await book.add([totp], 'otpauth');
    expect(again.added).toEqual([]);
    expect(again.duplicates).toEqual([{ candidate: totp, existingId: first.added[0]?.id }]);
    expect((await book.list()).map((account) => account.issuer)).toEqual(['Clinic Portal', 'Lab']);
    expect(vault.info().entryCount).toBe(2);
  });

  it('flags a code copied twice in the same time step, also after a restart', async () => {
    const { book, vault, audit, dir } = await openBook();
    const [account] = (await book.add([totp])).added;
    if (account === undefined) throw new Error('not added');
    const step = 30_000 * 1_000_000;
    const copyAt = async (from: AccountBook, at: number) => {
      clock = at;
      return (await from.copyCode(account, at)).alreadyUsed;
    };
    expect(await copyAt(book, step + 1_000)).toBe(false);
    expect(await copyAt(book, step + 2_000)).toBe(true);
    // A new book over the same vault and audit log, as after restarting the app or CLI.
    expect(await copyAt(new AccountBook(vault, audit), step + 3_000)).toBe(true);
    expect(await copyAt(book, step + 31_000)).toBe(false);

    const log = await readFile(path.join(dir, 'audit.jsonl'), 'utf8');
    expect(log.match(/"code_copied"/g)).toHaveLength(4);
    const code = (await book.code(account, step + 1_000)).code;
    expect(log).not.toContain(code);
    expect(log).not.toContain(totp.secret);
  });

  it('still flags the code after a restart when the audit log rotated since the copy', async () => {
    const { book, vault, audit, dir } = await openBook({ auditMaxBytes: 1024 });
    const [account] = (await book.add([totp])).added;
    if (account === undefined) throw new Error('not added');
    const step = 30_000 * 1_000_001;
    clock = step + 1_000;
    await book.copyCode(account, clock);
    // Unlocks and locks in the same step push the copy into audit.jsonl.1.
    for (let index = 0; index < 12; index += 1) {
      clock += 100;
      await audit.append({ type: index % 2 === 0 ? 'lock' : 'unlock', outcome: 'ok' });
    }
    expect(await readFile(path.join(dir, 'audit.jsonl'), 'utf8')).not.toContain('code_copied');
    expect(await readFile(path.join(dir, 'audit.jsonl.1'), 'utf8')).toContain('code_copied');
    clock += 100;
    expect((await new AccountBook(vault, audit).copyCode(account, clock)).alreadyUsed).toBe(true);
  });

  it("still flags a code of a 120 s step copied 100 s before the log's latest lines, after a restart", async () => {
    const { book, vault, audit } = await openBook();
    const [account] = (await book.add([{ ...totp, period: 120 }])).added;
    if (account === undefined) throw new Error('not added');
    const step = 120_000 * 250_000;
    clock = step + 1_000;
    await book.copyCode(account, clock);
    // A lock and an unlock 100 s later, in the same 120 s step: the copy is far from the log's end.
    for (const type of ['lock', 'unlock'] as const) {
      clock += 50_000;
      await audit.append({ type, outcome: 'ok' });
    }
    clock += 10_000;
    expect((await new AccountBook(vault, audit).copyCode(account, clock)).alreadyUsed).toBe(true);
  });

  it('moves an HOTP counter on, so the same code is never shown twice', async () => {
    const { book } = await openBook();
    const [account] = (await book.add([hotp])).added;
    if (account === undefined) throw new Error('not added');
    const first = await book.copyCode(account);
    const stored = await book.find(account.id);
    expect(stored).toMatchObject({ type: 'hotp', counter: 1 });
    const second = await book.copyCode(stored);
    expect(second.code).not.toBe(first.code);
    expect(second.alreadyUsed).toBe(false);
  });

  it('finds by issuer, label or issuer:label and names ambiguity', async () => {
    const { book } = await openBook();
    await book.add([totp, { ...totp, label: 'lee', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' }]);
    expect((await book.find('clinic portal:LEE')).label).toBe('lee');
    expect((await book.find('dana')).label).toBe('dana');
    const ambiguous = await deskIdFailure(book.find('Clinic Portal'));
    expect(ambiguous.code).toBe('account_not_found');
    expect(ambiguous.message).toContain('Several accounts match');
    expect((await deskIdFailure(book.find('nobody'))).code).toBe('account_not_found');
  });

  it('exports otpauth URIs only when policy allows, auditing both answers', async () => {
    const { book, audit } = await openBook();
    await book.add([totp]);
    expect(await book.exportOtpauthUris({ exportsAllowed: true })).toEqual([
      expect.stringContaining('otpauth://totp/'),
    ]);
    expect((await deskIdFailure(book.exportOtpauthUris({ exportsAllowed: false }))).code).toBe('export_disabled');
    const exports = (await audit.read()).filter((record) => record.type === 'export');
    expect(exports.map((record) => record.outcome)).toEqual(['ok', 'refused']);
  });
});
