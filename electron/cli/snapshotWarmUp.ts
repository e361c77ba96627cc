// Runs `deskid code` once while the single executable's startup snapshot is built
// (seaMain.ts), on a throw-away profile in a temporary folder with a keychain held in
// memory: V8 keeps the functions compiled then in the snapshot, so a person's first
// `deskid code` does not compile them again. Its folder is removed and its keys are
// garbage, reachable from nothing the snapshot keeps; strings such as the folder's
// temporary path may still be in the heap (no secret: on the release runner, its temp
// folder). Its ids come from the OS, never from a cache the snapshot would freeze
// (seaMain.ts refuses cached randomness during the run). Every
// module it uses is imported here, statically, so that the snapshot guard (which watches
// module loading) sees each load; the run itself only calls functions.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parseOtpauthUri } from '../services/authenticator/parseOtpauthUri';
import { createProfileStore } from '../services/app/createProfileStore';
import type { Keychain } from '../services/keychain/Keychain';
import { SettingsFile } from '../services/settings/SettingsFile';
import { AccountBook } from '../services/accounts/AccountBook';
import { runCli } from './runCli';

/** A keychain in memory, for the warm-up run only (it never reaches the OS keychain). */
class WarmUpKeychain implements Keychain {
  readonly backend = 'memory (snapshot warm-up)';
  private readonly items = new Map<string, string>();

  get(account: string): Promise<string | null> {
    return Promise.resolve(this.items.get(account) ?? null);
  }

  set(account: string, secret: string): Promise<void> {
    this.items.set(account, secret);
    return Promise.resolve();
  }

  delete(account: string): Promise<boolean> {
    return Promise.resolve(this.items.delete(account));
  }

  assertReachable(): Promise<void> {
    return Promise.resolve();
  }
}

/** Discards what the run writes, keeping its error output for a failure's message. */
function sink(kept: string[] = []): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      kept.push(chunk.toString());
      done();
    },
  });
}

/** A made-up account (RFC 6238's test secret): no person's secret is ever in the build. */
const warmUpUri =
  'otpauth://totp/Snapshot%20Warm-up:build?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Snapshot%20Warm-up';

/** Adds a profile without a PIN holding one account, then runs `deskid code` on it. */
export async function warmUpCodeCommand(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-snapshot-warm-up-'));
  try {
    const keychain = new WarmUpKeychain();
    await new SettingsFile(dataDir).update({ sharedDesktopMode: false });
    const profiles = createProfileStore({ dataDir, keychain });
    const { profile, vault } = await profiles.add({ displayName: 'Warm-up' });
    try {
      await new AccountBook(vault, profiles.auditLog(profile.id)).add([parseOtpauthUri(warmUpUri)]);
    } finally {
      vault.lock();
    }
    const errors: string[] = [];
    const status = await runCli(
      ['--data-dir', dataDir, '--profile', 'Warm-up', 'code', 'Snapshot Warm-up'],
      { stdin: Readable.from([]), stdout: sink(), stderr: sink(errors), env: {} },
      keychain,
    );
    if (status !== 0)
      throw new Error(`The snapshot's warm-up run of deskid code failed (${status}): ${errors.join('')}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
