import { describe, expect, it } from 'vitest';
import { filterAccounts } from './filterAccounts';

const accounts = [
  { issuer: 'GitHub', label: 'alice@example.com' },
  { issuer: 'Google', label: 'bob@example.com' },
  { issuer: '', label: 'Clinic VPN' },
];

describe('filterAccounts', () => {
  it('keeps every account for an empty or blank query', () => {
    expect(filterAccounts(accounts, '')).toEqual(accounts);
    expect(filterAccounts(accounts, '   ')).toEqual(accounts);
  });

  it('matches issuer or label, in any case', () => {
    expect(filterAccounts(accounts, 'GOO')).toEqual([accounts[1]]);
    expect(filterAccounts(accounts, 'vpn')).toEqual([accounts[2]]);
    expect(filterAccounts(accounts, 'example')).toEqual([accounts[0], accounts[1]]);
  });

  it('needs every word, in any order, across issuer and label', () => {
    expect(filterAccounts(accounts, 'alice git')).toEqual([accounts[0]]);
    expect(filterAccounts(accounts, 'alice google')).toEqual([]);
  });
});
