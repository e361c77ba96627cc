import { describe, expect, it } from 'vitest';
import { SqliteStore } from './SqliteStore';
import type { AccountRecord, FactorRecord } from './Store';

const now = Date.UTC(2026, 10, 26, 9, 0, 0);

function account(id: string): AccountRecord {
  return {
    id,
    username: `user.${id}`,
    displayName: `User ${id}`,
    email: null,
    passwordHash: '$argon2id$not-read-here',
    webauthnUserId: `handle-${id}`,
    createdAt: now,
    passwordFailures: 0,
    lockedUntil: 0,
    recovery: null,
  };
}

function factor(id: string, accountId: string, createdAt: number, kind: 'totp' | 'passkey' | 'phone'): FactorRecord {
  return {
    id,
    accountId,
    addedBySession: null,
    type: kind,
    label: `${kind} ${id}`,
    verified: kind !== 'phone',
    createdAt,
    lastUsedAt: null,
    phone: kind === 'phone' ? { e164: '+14155550123', lineType: 'mobile', channels: ['sms', 'voice'] } : null,
    totp: kind === 'totp' ? { secretCipher: 'v1.sealed', lastStep: 12 } : null,
    passkey:
      kind === 'passkey'
        ? {
            credentialId: `cred-${id}`,
            publicKey: new Uint8Array([1, 2, 3, 250]),
            counter: 7,
            deviceType: 'multiDevice',
            backedUp: true,
            transports: ['internal', 'hybrid'],
          }
        : null,
  };
}

describe('reading a session with its factors in one statement', () => {
  const store = new SqliteStore(':memory:');
  for (const id of ['acc_a', 'acc_b']) store.insertAccount(account(id));
  // Inserted out of creation order, and with another account's factor in between.
  store.insertFactor(factor('fac_3', 'acc_a', now + 3000, 'phone'));
  store.insertFactor(factor('fac_1', 'acc_a', now + 1000, 'passkey'));
  store.insertFactor(factor('fac_x', 'acc_b', now + 2000, 'totp'));
  store.insertFactor(factor('fac_2', 'acc_a', now + 2000, 'totp'));
  const session = (tokenHash: string, accountId: string) => ({
    tokenHash,
    accountId,
    scope: 'full' as const,
    createdAt: now,
    expiresAt: now + 3_600_000,
    freshUntil: now + 300_000,
  });
  store.insertSession(session('hash-a', 'acc_a'));
  store.insertSession(session('hash-b-none', 'acc_b'));

  it('gives the same session and account as the separate read, and what each factor shows', () => {
    const view = store.sessionWithFactors('hash-a');
    expect(view?.session).toEqual(store.sessionWithAccount('hash-a')?.session);
    expect(view?.account).toEqual(store.sessionWithAccount('hash-a')?.account);
    expect(view?.factors.map((f) => f.id)).toEqual(['fac_1', 'fac_2', 'fac_3']);
    // Every field of each summary has the stored factor's value...
    expect(store.factorsOf('acc_a')).toMatchObject(view?.factors ?? []);
    expect(view?.factors[2]?.phone).toEqual({ e164: '+14155550123', lineType: 'mobile', channels: ['sms', 'voice'] });
    expect(view?.factors[0]?.passkey?.transports).toEqual(['internal', 'hybrid']);
  });

  it('never reads the secret, public key or counters of a factor', () => {
    const [passkey, totp] = store.sessionWithFactors('hash-a')?.factors ?? [];
    for (const factor of [passkey, totp]) {
      expect(factor).not.toHaveProperty('totp');
      expect(factor).not.toHaveProperty('accountId');
    }
    expect(passkey?.passkey).not.toHaveProperty('publicKey');
    expect(passkey?.passkey).not.toHaveProperty('counter');
    expect(JSON.stringify(totp)).not.toContain('v1.sealed');
  });

  it('gives an empty list for an account without factors', () => {
    store.deleteFactor('fac_x');
    const view = store.sessionWithFactors('hash-b-none');
    expect(view?.account).toEqual(store.sessionWithAccount('hash-b-none')?.account);
    expect(view?.factors).toEqual([]);
  });

  it('finds nothing for an unknown token hash', () => {
    expect(store.sessionWithFactors('no-such-hash')).toBeUndefined();
    expect(store.sessionWithAccount('no-such-hash')).toBeUndefined();
  });
});
