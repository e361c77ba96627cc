import { describe, it, expect } from 'vitest';
import { createManualAccount } from './createManualAccount';
import { accountSchema, newAccountSchema } from './accountSchema';
import { parseOtpauthUri } from './parseOtpauthUri';

const secret = 'JBSWY3DPEHPK3PXP';
const evil = 'Evil\u001b[2J\u001b]0;pwned\u0007';

describe('account names are cleaned of unsafe characters (electron/services/text/unsafeText) at every entry point', () => {
  it('cleans issuer and label in parseOtpauthUri and createManualAccount (buildAccount: its own test)', () => {
    const uri = `otpauth://totp/${encodeURIComponent('bob\nfake')}?secret=${secret}&issuer=${encodeURIComponent(evil)}`;
    expect(parseOtpauthUri(uri)).toMatchObject({ issuer: 'Evil[2J]0;pwned', label: 'bobfake' });
    expect(
      parseOtpauthUri(`otpauth://totp/${encodeURIComponent(`${evil}:\u202ealice`)}?secret=${secret}`),
    ).toMatchObject({ issuer: 'Evil[2J]0;pwned', label: 'alice' });
    expect(createManualAccount({ issuer: `\u009b${evil}`, label: 'bob\nfake', secret })).toMatchObject({
      issuer: 'Evil[2J]0;pwned',
      label: 'bobfake',
    });
  });

  it('makes the schema refuse new accounts with them, and clean stored ones on read', () => {
    const account = createManualAccount({ issuer: 'ACME', label: 'alice', secret });
    expect(newAccountSchema.safeParse({ ...account, label: 'bob\nfake' }).success).toBe(false);
    expect(newAccountSchema.safeParse({ ...account, issuer: evil }).success).toBe(false);
    expect(newAccountSchema.safeParse({ ...account, issuer: 'A\u202eB' }).success).toBe(false);
    expect(newAccountSchema.safeParse({ ...account, issuer: 'A\u200fB' }).success).toBe(false);
    expect(newAccountSchema.safeParse({ ...account, label: 'bob\u2028fake' }).success).toBe(false);
    const stored = { ...account, issuer: evil, label: 'bob\nfake', id: 'one', sortOrder: 0 };
    expect(accountSchema.parse(stored)).toMatchObject({ issuer: 'Evil[2J]0;pwned', label: 'bobfake' });
  });
});
