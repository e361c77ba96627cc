import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { addAccounts } from '../authenticator/addAccounts';
import { encodeBase32 } from '../authenticator/encodeBase32';
import { formatOtpauthUri } from '../authenticator/formatOtpauthUri';
import { readFixture } from './fixtureFiles';
import { importAccounts } from './importAccounts';
import { importAndOtp } from './importAndOtp';
import { importFile } from './importFile';
import { importFreeOtpPlus } from './importFreeOtpPlus';
import { importOtpauthText } from './importOtpauthText';

const key = Uint8Array.from({ length: 20 }, (_, index) => 250 - index * 13);
/** Java's signed bytes, as FreeOTP+ serializes a key. */
const javaBytes = Array.from(key, (byte) => (byte > 127 ? byte - 256 : byte));

describe('andOTP, FreeOTP+, Ente Auth and otpauth lists, built here', () => {
  it('reads an andOTP backup, splitting old "Issuer:label" labels', () => {
    const backup = JSON.stringify([
      {
        secret: `${encodeBase32(key)}====`,
        issuer: '',
        label: 'Old Co:carol',
        digits: 6,
        type: 'TOTP',
        algorithm: 'SHA1',
        period: 30,
        thumbnail: 'Default',
      },
      {
        secret: encodeBase32(key).toLowerCase(),
        issuer: 'Bank',
        label: 'dave',
        digits: 8,
        type: 'HOTP',
        algorithm: 'SHA256',
        counter: 3,
        thumbnail: 'Bank',
      },
    ]);
    expect(importAndOtp(backup).accounts).toEqual([
      {
        type: 'totp',
        issuer: 'Old Co',
        label: 'carol',
        secret: encodeBase32(key),
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        icon: null,
      },
      {
        type: 'hotp',
        issuer: 'Bank',
        label: 'dave',
        secret: encodeBase32(key),
        algorithm: 'SHA256',
        digits: 8,
        counter: 3,
        icon: 'Bank',
      },
    ]);
  });

  it('reads FreeOTP+ JSON and the same tokens as SharedPreferences XML', () => {
    const token = {
      algo: 'SHA256',
      counter: 0,
      digits: 7,
      issuerExt: 'R&D <Lab>',
      label: 'erin "e"',
      period: 45,
      secret: javaBytes,
      type: 'TOTP',
    };
    const expected = {
      type: 'totp',
      issuer: 'R&D <Lab>',
      label: 'erin "e"',
      secret: encodeBase32(key),
      algorithm: 'SHA256',
      digits: 7,
      period: 45,
      icon: null,
    };
    expect(importFreeOtpPlus(JSON.stringify({ tokenOrder: ['x'], tokens: [token] })).accounts).toEqual([expected]);
    const escape = (text: string): string =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const xml = `<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name="${escape('R&D <Lab>:erin')}">${escape(JSON.stringify(token))}</string>\n    <string name="tokenOrder">[&quot;x&quot;]</string>\n</map>\n`;
    expect(importFreeOtpPlus(xml).accounts).toEqual([expected]);
  });

  it('reads Ente Auth text, skipping trashed entries and bad lines with their reasons', async () => {
    const account = {
      type: 'totp',
      issuer: 'Ente',
      label: 'frank',
      secret: encodeBase32(key),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      icon: null,
    } as const;
    const display = (trashed: boolean): string =>
      encodeURIComponent(JSON.stringify({ pinned: false, trashed, tags: [] }));
    const text = [
      `${formatOtpauthUri(account)}&codeDisplay=${display(false)}`,
      `${formatOtpauthUri({ ...account, label: 'gone' })}&codeDisplay=${display(true)}`,
      'otpauth://totp/bad?secret=AAAA',
      '',
    ].join('\n');
    const result = await importAccounts(Buffer.from(text));
    expect(result.format).toBe('ente_auth');
    expect(result.accounts).toEqual([account]);
    expect(result.skipped.map((entry) => entry.position)).toEqual([2, 3]);
    expect(result.skipped[1]?.reason).toMatch(/too short/);
    expect(() => importOtpauthText('just words')).toThrow(expect.objectContaining({ code: 'unsupported_format' }));
  });

  it('imports a fixture from a file path, and answers file_error for a missing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deskid-import-'));
    const path = join(dir, 'plain.txt');
    await writeFile(path, readFixture('otpauth/plain.txt'));
    expect((await importFile(path)).accounts).toHaveLength(7);
    await expect(importFile(join(dir, 'missing.json'))).rejects.toMatchObject({ code: 'file_error' });
    await expect(importFile(dir)).rejects.toMatchObject({ code: 'file_error' });
  });

  it('reports the duplicates inside a Google export instead of adding them twice', async () => {
    const result = await importAccounts(readFixture('google_authenticator/example_export.txt'));
    const added = addAccounts([], result.accounts);
    expect(result.accounts).toHaveLength(6);
    expect(added.added).toHaveLength(4);
    expect(added.duplicates).toHaveLength(2);
  });

  it('never puts a secret in a skipped entry or an error', async () => {
    const shortSecret = encodeBase32(key.subarray(0, 9));
    const backup = JSON.stringify([
      { secret: shortSecret, issuer: 'X', label: 'y', digits: 6, type: 'TOTP', algorithm: 'SHA1', period: 30 },
    ]);
    const result = importAndOtp(backup);
    expect(result.accounts).toEqual([]);
    expect(JSON.stringify(result.skipped)).not.toContain(shortSecret);
    const longSecret = encodeBase32(key);
    const bad = `otpauth://totp/x?secret=${longSecret}&digits=12`;
    await expect(importAccounts(Buffer.from(`otpauth://totp/x?secret=${longSecret}&digits=12`))).resolves.toMatchObject(
      { accounts: [] },
    );
    expect(JSON.stringify(importOtpauthText(bad).skipped)).not.toContain(longSecret);
  });
});
