// npm run bench:vault — run it inside a keyring session:
//   sh scripts/with-keyring.sh npm run bench:vault
// Prints one JSON line: PIN unlock next to one raw Argon2id derivation with the same
// parameters (goal: ratio <= 1.2), add-entry write latency (p50, p99), and code generation
// for 500 accounts next to 500 raw otplib calls (goal: ratio <= 1.2).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NapiKeychain } from '../../electron/services/keychain/NapiKeychain';
import { defaultArgon2Params, deriveArgon2Key } from '../../electron/services/vault/deriveArgon2Key';
import { Vault } from '../../electron/services/vault/Vault';
import { benchCodes } from './codes';

const unlockRuns = 15;
const writeRuns = 300;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return round(sorted[Math.max(0, index)] ?? Number.NaN);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const service = process.env.DESKID_KEYCHAIN_SERVICE ?? `deskid-bench-${randomUUID()}`;
  const keychain = new NapiKeychain(service);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-bench-'));
  const vaultId = randomUUID();
  const pin = '483920';
  try {
    const vault = await Vault.create({ dir, keychain, vaultId, pin });
    vault.lock();

    // PIN unlock (fresh open + unlock, as the app does) against one raw derivation.
    const unlock: number[] = [];
    const raw: number[] = [];
    const salt = randomBytes(16);
    for (let run = 0; run < unlockRuns; run += 1) {
      unlock.push(
        await time(async () => {
          const opened = await Vault.open({ dir, keychain });
          await opened.unlock({ pin });
          opened.lock();
        }),
      );
      raw.push(await time(async () => (await deriveArgon2Key(pin, salt, defaultArgon2Params)).fill(0)));
    }

    // Add-entry latency: each put is a durable atomic write of the whole vault.
    const writer = await Vault.open({ dir, keychain });
    await writer.unlock({ pin });
    const writes: number[] = [];
    for (let index = 0; index < writeRuns; index += 1) {
      const value = {
        issuer: `Issuer ${index}`,
        label: `user${index}@example.org`,
        secret: randomBytes(20).toString('hex'),
      };
      writes.push(await time(() => writer.put(randomUUID(), value)));
    }
    writer.lock();

    const unlockP50 = percentile(unlock, 50);
    const rawP50 = percentile(raw, 50);
    const result = {
      bench: 'vault',
      argon2: defaultArgon2Params,
      pinUnlock: { p50Ms: unlockP50, runs: unlockRuns },
      rawArgon2id: { p50Ms: rawP50, runs: unlockRuns },
      unlockRatio: round(unlockP50 / rawP50),
      unlockGoal: 1.2,
      addEntry: {
        p50Ms: percentile(writes, 50),
        p99Ms: percentile(writes, 99),
        runs: writeRuns,
        entriesAtEnd: writeRuns,
      },
      // Code generation for 500 accounts next to 500 raw otplib calls, in this process.
      codes: benchCodes(),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await Vault.erase({ dir, keychain, vaultId });
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('Run it inside a keyring session: sh scripts/with-keyring.sh npm run bench:vault');
  process.exitCode = 1;
});
