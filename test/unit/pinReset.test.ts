import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../electron/services/authenticator/generateCode';
import { createIdServerClient } from '../../electron/services/idserver/IdServerClient';
import { NapiKeychain } from '../../electron/services/keychain/NapiKeychain';
import { fetchRecoveryCodeBySignIn } from '../../electron/services/pinReset/fetchRecoveryCodeBySignIn';
import { RecoveryCodePinReset } from '../../electron/services/pinReset/RecoveryCodePinReset';
import { ProfileStore } from '../../electron/services/profiles/ProfileStore';
import type { Argon2Params } from '../../electron/services/vault/deriveArgon2Key';
import { demoPassword, demoTotpSecret } from '../../server/seed/demoAccounts';
import { startServer, type RunningServer } from '../../server/startServer';
import { deskIdFailure } from '../fixtures/deskIdFailure';

// The real mock ID server over HTTP, a real vault on the real Secret Service. Clocks are
// moved by hand: the server's so that each sign-in uses a fresh TOTP step, the vault's so
// that ten wrong PINs need not wait out the throttle.
const cheapKdf: Argon2Params = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
let serverNow = Date.UTC(2026, 0, 5, 9, 0, 0);
let vaultNow = Date.now();
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  server = await startServer({
    port: 0,
    db: ':memory:',
    seed: 'demo',
    now: () => serverNow,
    argon2: { memoryKiB: 19_456, timeCost: 2, parallelism: 1 },
  });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-pin-reset-'));
});
afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const totpAccount = {
  id: 'demo',
  sortOrder: 0,
  type: 'totp' as const,
  issuer: 'DeskID',
  label: 'demo.totp',
  secret: demoTotpSecret,
  icon: null,
  algorithm: 'SHA1' as const,
  digits: 6,
  period: 30,
};

/** Signs demo.totp in with the authenticator code of the server's current time step. */
function signInAsDemo(totpAt: () => number = () => serverNow) {
  const client = createIdServerClient({ baseUrl: server.url });
  return () => {
    serverNow += 60_000; // a fresh step: the server never takes the same step twice
    return fetchRecoveryCodeBySignIn({
      client,
      username: 'demo.totp',
      password: demoPassword,
      prompt: { code: () => Promise.resolve(generateCode(totpAccount, totpAt()).code) },
    });
  };
}

describe('PIN reset through the ID server', () => {
  it('after 10 wrong PINs, a sign-in to the ID server lets the person set a new PIN, entries intact', async () => {
    const keychain = new NapiKeychain(`deskid-test-pin-reset-${randomUUID()}`);
    const store = new ProfileStore({ dataDir, keychain, kdf: cheapKdf, now: () => vaultNow });
    const recoveryCode = await signInAsDemo()();
    expect(recoveryCode).toBe('5555666677778884');

    const id = randomUUID();
    const file = path.join(dataDir, `pin-reset-${id}.json`);
    const { profile, vault } = await store.add({
      displayName: `Tess ${id.slice(0, 4)}`,
      pin: '482913',
      resetAuthority: new RecoveryCodePinReset({ file, vaultId: id, recoveryCode, kdf: cheapKdf }),
    });
    await vault.put('note', { text: 'kept' });
    vault.lock();

    const locked = await store.openVault(profile.id);
    let last: { code: string } = { code: '' };
    for (let attempt = 0; attempt < 10; attempt += 1) {
      vaultNow += 2 * 60 * 60 * 1000; // past any throttle delay
      last = await deskIdFailure(locked.unlock({ pin: '000000' }));
    }
    vaultNow += 2 * 60 * 60 * 1000;
    expect((await deskIdFailure(locked.unlock({ pin: '482913' }))).code).toBe('pin_reset_required');
    expect(['wrong_pin', 'pin_reset_required']).toContain(last.code);

    const authority = new RecoveryCodePinReset({ file, vaultId: id, signIn: signInAsDemo() });
    await store.resetPin(locked, authority, '731904');
    locked.lock();
    const reopened = await store.openVault(profile.id);
    await reopened.unlock({ pin: '731904' });
    expect(await reopened.get('note')).toEqual({ text: 'kept' });
    reopened.lock();
  });

  it('refuses the reset when the sign-in fails or the recovery code was re-issued', async () => {
    const keychain = new NapiKeychain(`deskid-test-pin-reset-${randomUUID()}`);
    const store = new ProfileStore({ dataDir, keychain, kdf: cheapKdf, now: () => vaultNow });
    const id = randomUUID();
    const file = path.join(dataDir, `pin-reset-${id}.json`);
    const recoveryCode = await signInAsDemo()();
    const { vault } = await store.add({
      displayName: `Tess ${id.slice(0, 4)}`,
      pin: '482913',
      resetAuthority: new RecoveryCodePinReset({ file, vaultId: id, recoveryCode, kdf: cheapKdf }),
    });
    vault.lock();

    // A wrong authenticator code: the ID server refuses, nothing opens.
    const wrongCode = new RecoveryCodePinReset({
      file,
      vaultId: id,
      signIn: signInAsDemo(() => serverNow - 10 * 60_000),
    });
    expect((await deskIdFailure(store.resetPin(vault, wrongCode, '731904'))).code).toBe('invalid_code');

    // A new recovery code on the server no longer opens the old seal.
    const client = createIdServerClient({ baseUrl: server.url });
    serverNow += 60_000;
    const start = await client.signInPassword({ body: { username: 'demo.totp', password: demoPassword } });
    if (start.status !== 'mfa_required') throw new Error('expected mfa_required');
    const { session } = await client.signInTotp({
      body: { transaction: start.transaction, code: generateCode(totpAccount, serverNow).code },
    });
    await client.issueRecoveryCode({ token: session.token });
    const stale = new RecoveryCodePinReset({ file, vaultId: id, signIn: signInAsDemo() });
    const refused = await deskIdFailure(store.resetPin(vault, stale, '731904'));
    expect(refused.code).toBe('pin_reset_required');
    expect(refused.message).toContain('recovery code has changed');
  });
});
