import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { Vault } from '../vault/Vault';
import { AuditLog } from './AuditLog';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-audit-'));
  dirs.push(dir);
  return dir;
}

describe('AuditLog', () => {
  it('appends JSON lines and rotates at the size limit, keeping a fixed number of old files', async () => {
    const dir = await freshDir();
    const file = path.join(dir, 'audit.jsonl');
    const log = new AuditLog({ file, profileId: 'p1', maxBytes: 1024, keep: 2 });
    for (let index = 0; index < 60; index += 1) {
      await log.append({ type: 'code_copied', outcome: 'ok', accountId: `acc-${index}` });
    }
    expect((await readdir(dir)).sort()).toEqual(['audit.jsonl', 'audit.jsonl.1', 'audit.jsonl.2']);
    for (const name of await readdir(dir)) {
      const text = await readFile(path.join(dir, name), 'utf8');
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024);
      for (const line of text.trim().split('\n'))
        expect(JSON.parse(line)).toMatchObject({ type: 'code_copied', profileId: 'p1' });
    }
    const records = await log.read();
    expect(records.at(-1)).toMatchObject({ accountId: 'acc-59' });
  });

  it('refuses fields that could carry a code or a secret', async () => {
    const log = new AuditLog({ file: path.join(await freshDir(), 'audit.jsonl'), profileId: 'p1' });
    const untyped = (event: Record<string, unknown>) => event as unknown as Parameters<AuditLog['append']>[0];
    expect(() => log.append({ type: 'code_copied', accountId: '123456' })).toThrow(TypeError);
    expect(() => log.append(untyped({ type: 'import', format: 'JBSWY3DPEHPK3PXP' }))).toThrow(TypeError);
    expect(() => log.append({ type: 'enrollment_step', step: 'code 123456' })).toThrow(TypeError);
    expect(() => log.append(untyped({ type: 'export', secret: 'JBSWY3DPEHPK3PXP' }))).toThrow(/no field "secret"/);
    expect(await log.read()).toEqual([]);
  });

  it('never holds a secret, a PIN or an entry value after real vault use', async () => {
    const dir = await freshDir();
    const keychain = new NapiKeychain(`deskid-test-audit-${randomUUID()}`);
    const vaultId = randomUUID();
    const audit = new AuditLog({ file: path.join(dir, 'audit.jsonl'), profileId: vaultId });
    const kdf = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
    const vault = await Vault.create({ dir, keychain, vaultId, audit, pin: '739146', kdf });
    try {
      await vault.put('acc-1', {
        label: 'eve@example.org',
        secret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
        code: '482913',
      });
      await audit.append({ type: 'code_copied', accountId: 'acc-1', outcome: 'ok' });
      vault.lock();
      await vault.unlock({ pin: '0000' }).catch(() => undefined);
      await vault.unlock({ pin: '739146' });
      const text = await readFile(path.join(dir, 'audit.jsonl'), 'utf8');
      for (const clear of ['739146', '0000', 'KRSXG5CT', 'eve@example.org', '482913'])
        expect(text).not.toContain(clear);
      expect((await audit.read()).map((record) => record.type)).toEqual([
        'pin_changed',
        'code_copied',
        'lock',
        'pin_failed',
        'unlock',
      ]);
    } finally {
      await Vault.erase({ dir, keychain, vaultId });
    }
  });
});
