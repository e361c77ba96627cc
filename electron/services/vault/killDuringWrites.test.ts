import { spawn } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { Vault } from './Vault';

const writer = fileURLToPath(new URL('./killLoopWriter.fixture.ts', import.meta.url));
const service = `deskid-test-kill-${randomUUID()}`;
const keychain = new NapiKeychain(service);
const cleanup: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const step of cleanup) await step();
});

/** Runs the writer, SIGKILLs it at a random moment of its loop, returns the ids it reported. */
function runAndKill(dir: string, run: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, service, run], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!armed && out.includes('ready\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), randomInt(0, 80));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited with ${code} before the kill: ${err}`));
        return;
      }
      // A partial last line was cut by the kill: only complete lines count as returned writes.
      const lines = out.split('\n').slice(0, -1);
      resolve(lines.filter((line) => line !== 'ready'));
    });
  });
}

describe('vault writes under kill -9', () => {
  it('reopens after every kill and keeps every write that returned (50 rounds)', { timeout: 300_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-vault-kill-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const created = await Vault.create({ dir, keychain, vaultId: randomUUID() });
    const vaultId = created.info().vaultId;
    cleanup.push(() => Vault.erase({ dir, keychain, vaultId }));
    created.lock();

    const returned: string[] = [];
    let killedMidLoop = 0;
    for (let round = 0; round < 50; round += 1) {
      const ids = await runAndKill(dir, `r${round}`);
      returned.push(...ids);
      if (ids.length > 0) killedMidLoop += 1;

      const reopened = await Vault.open({ dir, keychain });
      await reopened.unlock();
      const stored = new Map((await reopened.entries()).map((entry) => [entry.id, entry.value]));
      for (const id of returned) {
        const [run, index] = id.split('-');
        expect(stored.get(id), `write ${id} returned but is missing`).toMatchObject({ run, index: Number(index) });
      }
      reopened.lock();
    }
    expect(killedMidLoop).toBeGreaterThan(25);
    expect(returned.length).toBeGreaterThan(50);
  });
});
