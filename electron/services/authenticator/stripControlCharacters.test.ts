import { describe, it, expect } from 'vitest';
import { createManualAccount } from './createManualAccount';
import { accountSchema, newAccountSchema } from './accountSchema';
import { parseOtpauthUri } from './parseOtpauthUri';
import { stripControlCharacters } from './stripControlCharacters';

const secret = 'JBSWY3DPEHPK3PXP';
const evil = 'Evil\u001b[2J\u001b]0;pwned\u0007';

describe('stripControlCharacters and the entry points', () => {
  it('removes C0, DEL, C1 and bidi overrides, and keeps everything else', () => {
    const unsafe = [
      ...Array.from({ length: 0x20 }, (_, code) => code),
      ...Array.from({ length: 0x21 }, (_, index) => 0x7f + index),
      0x202a,
      0x202b,
      0x202c,
      0x202d,
      0x202e,
      0x2066,
      0x2067,
      0x2068,
      0x2069,
    ];
    for (const code of unsafe) expect(stripControlCharacters(`a${String.fromCodePoint(code)}b`)).toBe('ab');
    expect(stripControlCharacters(evil)).toBe('Evil[2J]0;pwned');
    expect(stripControlCharacters(' Zürich – 東京 👩‍⚕️ ')).toBe(' Zürich – 東京 👩‍⚕️ ');
  });

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
    const stored = { ...account, issuer: evil, label: 'bob\nfake', id: 'one', sortOrder: 0 };
    expect(accountSchema.parse(stored)).toMatchObject({ issuer: 'Evil[2J]0;pwned', label: 'bobfake' });
  });
});
