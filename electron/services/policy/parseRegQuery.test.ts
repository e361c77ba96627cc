import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegQuery } from './parseRegQuery';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/policy/${name}`, import.meta.url), 'utf8');

describe('parseRegQuery', () => {
  it('reads the values under the first key printed by reg query, typed, and leaves sub-keys out', () => {
    expect(parseRegQuery(fixture('reg-hklm.txt'))).toEqual({
      ServerUrl: { type: 'REG_SZ', value: 'https://id.clinic.example' },
      AllowExport: { type: 'REG_DWORD', value: 0 },
      AutoLockMinutes: { type: 'REG_DWORD', value: 10 },
      AllowedMethods: { type: 'REG_MULTI_SZ', value: ['passkey', 'totp'] },
      SupportContact: { type: 'REG_SZ', value: 'IT desk, ext 4455' },
      IssuerAllowlist: { type: 'REG_SZ', value: 'Clinic Portal, Payroll' },
    });
  });

  it('reads an empty string value, a value name with spaces, and nothing from empty output', () => {
    const output = 'HKEY_CURRENT_USER\\Software\\Policies\\DeskID\n    Support contact    REG_SZ    \n';
    expect(parseRegQuery(output)).toEqual({ 'Support contact': { type: 'REG_SZ', value: '' } });
    expect(parseRegQuery('')).toEqual({});
  });
});
