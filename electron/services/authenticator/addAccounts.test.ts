import { describe, it, expect } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import type { NewAccount } from './accountSchema';
import { addAccount } from './addAccount';
import { addAccounts } from './addAccounts';
import { createManualAccount } from './createManualAccount';
import { findDuplicate } from './findDuplicate';

const ids = (): (() => string) => {
  let next = 0;
  return () => `id-${next++}`;
};
const alice = createManualAccount({ issuer: 'ACME', label: 'alice', secret: 'jbsw y3dp ehpk 3pxp' });

describe('adding accounts', () => {
  it('gives ids and sort orders after the existing accounts', () => {
    const bob: NewAccount = { ...alice, label: 'bob' };
    const first = addAccounts([], [alice], { newId: ids() });
    const second = addAccounts(first.accounts, [bob], { newId: () => 'x' });
    expect(second.accounts.map((a) => [a.id, a.label, a.sortOrder])).toEqual([
      ['id-0', 'alice', 0],
      ['x', 'bob', 1],
    ]);
    expect(second.duplicates).toEqual([]);
  });

  it('reports duplicates (same issuer, label and secret), also within one import, and adds them once', () => {
    const { accounts } = addAccounts([], [alice], { newId: ids() });
    const again = { ...alice, issuer: 'acme ', label: 'ALICE' };
    const otherSecret = { ...alice, secret: 'JBSWY3DPEHPK3PXQJBSW' };
    const result = addAccounts(accounts, [again, otherSecret, otherSecret], { newId: () => 'new' });
    expect(result.added.map((a) => a.secret)).toEqual([otherSecret.secret]);
    expect(result.duplicates.map((d) => d.existingId)).toEqual(['id-0', 'new']);
    expect(findDuplicate(result.accounts, { ...alice, label: 'carol' })).toBeUndefined();
  });

  it('answers duplicate_account when one account is added twice', () => {
    const { accounts } = addAccount([], alice, { newId: () => 'one' });
    expect(() => addAccount(accounts, alice)).toThrow(DeskIdError);
    try {
      addAccount(accounts, alice);
    } catch (error) {
      expect(error).toMatchObject({ code: 'duplicate_account', details: { existingId: 'one' } });
    }
  });
});

describe('createManualAccount', () => {
  it('normalizes the secret and applies defaults', () => {
    expect(alice).toEqual({
      type: 'totp',
      issuer: 'ACME',
      label: 'alice',
      secret: 'JBSWY3DPEHPK3PXP',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      icon: null,
    });
    expect(createManualAccount({ issuer: 'X', label: 'y', secret: alice.secret, type: 'hotp' })).toMatchObject({
      type: 'hotp',
      counter: 0,
    });
  });

  it('names the field that is out of range', () => {
    expect(() => createManualAccount({ issuer: 'X', label: 'y', secret: alice.secret, digits: 9 })).toThrow(
      expect.objectContaining({ code: 'invalid_account', details: { field: 'digits' } }),
    );
    expect(() => createManualAccount({ issuer: 'X', label: 'y', secret: 'AAAA' })).toThrow(
      expect.objectContaining({ code: 'invalid_secret' }),
    );
  });
});
