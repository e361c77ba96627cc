import { randomUUID } from 'node:crypto';
import {
  appendFile,
  mkdir,
  mkdtemp,
  open,
  readFile,
  readdir,
  rm,
  stat,
  type FileHandle,
  type FileReadResult,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
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

  describe('readRecent', () => {
    /** A log whose clock moves one second per record, from 1 December 2026. */
    function logEverySecond(file: string, options: { maxBytes?: number; keep?: number } = {}) {
      let at = Date.parse('2026-12-01T08:00:00Z');
      const log = new AuditLog({ file, profileId: 'p1', now: () => new Date((at += 1_000)), ...options });
      return log;
    }

    it('gives the records of the last stretch of a long log, oldest first', async () => {
      const file = path.join(await freshDir(), 'audit.jsonl');
      const log = logEverySecond(file);
      // About 350 KB: the stretch is found from the end, past several 64 KiB chunks of older records.
      for (let index = 0; index < 3_000; index += 1) {
        await log.append({ type: 'code_copied', outcome: 'ok', accountId: `acc-${index}` });
      }
      const { size } = await stat(file);
      // What is read from the file: the end only (one or two 64 KiB chunks), not all of it.
      const probe = await open(file, 'r');
      const handles = Object.getPrototypeOf(probe) as FileHandle;
      await probe.close();
      const read = vi.spyOn(handles, 'read');
      let recent;
      try {
        recent = await log.readRecent(60_000);
        const results = await Promise.all(
          read.mock.results.map((result) => result.value as Promise<FileReadResult<Buffer>>),
        );
        const bytesRead = results.reduce((sum, result) => sum + result.bytesRead, 0);
        expect(size).toBeGreaterThan(300_000);
        expect(bytesRead).toBeLessThanOrEqual(2 * 64 * 1024);
      } finally {
        read.mockRestore();
      }
      // The newest record and the 60 seconds before it: 61 records, one a second.
      expect(recent.map((record) => record.accountId)).toEqual(
        Array.from({ length: 61 }, (_, index) => `acc-${2_939 + index}`),
      );
      expect(recent.at(-1)).toEqual((await log.read()).at(-1));
    });

    it('goes on into the rotated files while they reach back far enough', async () => {
      const dir = await freshDir();
      const file = path.join(dir, 'audit.jsonl');
      const log = logEverySecond(file, { maxBytes: 1024, keep: 3 });
      for (let index = 0; index < 40; index += 1) {
        await log.append({ type: 'code_copied', outcome: 'ok', accountId: `acc-${index}` });
      }
      expect((await readdir(dir)).length).toBeGreaterThan(2);
      expect((await log.read()).length).toBeLessThan(20);
      const recent = await log.readRecent(25_000);
      expect(recent.map((record) => record.accountId)).toEqual(
        Array.from({ length: 26 }, (_, index) => `acc-${14 + index}`),
      );
    });

    it('ends the answer at a rotated file that cannot be read, and throws for the live one', async () => {
      const dir = await freshDir();
      const file = path.join(dir, 'audit.jsonl');
      const log = logEverySecond(file);
      await log.append({ type: 'unlock', outcome: 'ok', method: 'pin' });
      await mkdir(`${file}.1`);
      expect((await log.readRecent(60_000)).map((record) => record.type)).toEqual(['unlock']);
      const live = logEverySecond(path.join(dir, 'live-is-a-folder'));
      await mkdir(path.join(dir, 'live-is-a-folder'));
      await expect(live.readRecent(60_000)).rejects.toThrow(/EISDIR/);
    });

    it('skips a line cut short by a crash and a line that is not a record', async () => {
      const file = path.join(await freshDir(), 'audit.jsonl');
      const log = logEverySecond(file);
      await log.append({ type: 'unlock', outcome: 'ok', method: 'pin' });
      await appendFile(file, 'null\n{"at":"not a time","type":"lock"}\n');
      await log.append({ type: 'code_copied', outcome: 'ok', accountId: 'acc-1' });
      await appendFile(file, '{"at":"2026-12-01T08:0');
      expect((await log.readRecent(60_000)).map((record) => record.type)).toEqual(['unlock', 'code_copied']);
    });

    it('has no records before anything is written', async () => {
      const log = logEverySecond(path.join(await freshDir(), 'audit.jsonl'));
      expect(await log.readRecent(60_000)).toEqual([]);
    });
  });
});
