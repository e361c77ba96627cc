import { describe, it, expect } from 'vitest';
import { buildAccount } from './buildAccount';
import { importAndOtp } from './importAndOtp';

const secret = 'JBSWY3DPEHPK3PXP';

describe('buildAccount', () => {
  it('removes control characters and bidi overrides from names, for every importer', () => {
    expect(
      buildAccount({ type: 'totp', issuer: 'Evil\u001b[2J\u001b]0;pwned\u0007', label: 'bob\r\nfake\u2066', secret }),
    ).toMatchObject({ issuer: 'Evil[2J]0;pwned', label: 'bobfake' });
    const backup = JSON.stringify([{ secret, issuer: '\u202eknaB', label: 'dave\u0085', type: 'TOTP' }]);
    expect(importAndOtp(backup).accounts[0]).toMatchObject({ issuer: 'knaB', label: 'dave' });
  });

  it('keeps control characters out of what a skipped entry shows: its name and its type', () => {
    const backup = JSON.stringify([
      { secret, issuer: 'Evil\u001b[2J', label: 'bob\nfake', type: 'x\u001b]0;pwned\u0007' },
    ]);
    expect(importAndOtp(backup).skipped).toEqual([
      {
        position: 1,
        name: 'Evil[2J: bobfake',
        reason: 'Unsupported entry type "x]0;pwned".',
        why: { kind: 'entryType', type: 'x]0;pwned' },
      },
    ]);
  });
});
