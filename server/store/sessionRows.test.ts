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

  it('gives the same session, account and factors as the separate reads', () => {
    const view = store.sessionWithFactors('hash-a');
    expect(view).toEqual({ ...store.sessionWithAccount('hash-a'), factors: store.factorsOf('acc_a') });
    expect(view?.factors.map((f) => f.id)).toEqual(['fac_1', 'fac_2', 'fac_3']);
    expect(view?.factors[0]?.passkey?.publicKey).toEqual(new Uint8Array([1, 2, 3, 250]));
  });

  it('gives an empty list for an account without factors', () => {
    store.deleteFactor('fac_x');
    expect(store.sessionWithFactors('hash-b-none')).toEqual({
      ...store.sessionWithAccount('hash-b-none'),
      factors: [],
    });
  });

  it('finds nothing for an unknown token hash', () => {
    expect(store.sessionWithFactors('no-such-hash')).toBeUndefined();
    expect(store.sessionWithAccount('no-such-hash')).toBeUndefined();
  });
});
