import { describe, expect, it } from 'vitest';
import { chooseWebAuthnAccount } from './chooseWebAuthnAccount';

const ana = { credentialId: 'cred-ana', name: 'ana.garcia', displayName: 'Ana' };
const ben = { credentialId: 'cred-ben', name: 'ben.okafor', displayName: 'Ben' };
const anaOld = { credentialId: 'cred-ana-old', name: 'ana.garcia' };

describe('chooseWebAuthnAccount', () => {
  it('picks the passkey of the signing-in username among those the server allows', () => {
    expect(chooseWebAuthnAccount([ana, ben], { allowCredentialIds: [], username: 'Ana.Garcia' })).toBe('cred-ana');
    expect(
      chooseWebAuthnAccount([ana, ben, anaOld], { allowCredentialIds: ['cred-ana-old'], username: 'ana.garcia' }),
    ).toBe('cred-ana-old');
  });

  it('picks the only allowed passkey, whatever its name', () => {
    expect(chooseWebAuthnAccount([ana, ben], { allowCredentialIds: ['cred-ben'] })).toBe('cred-ben');
  });

  it('chooses none (the prompt is cancelled) rather than guess between several', () => {
    expect(chooseWebAuthnAccount([ana, anaOld], { allowCredentialIds: [], username: 'ana.garcia' })).toBeUndefined();
    expect(chooseWebAuthnAccount([ana, ben], { allowCredentialIds: [] })).toBeUndefined();
    expect(chooseWebAuthnAccount([ana], { allowCredentialIds: ['cred-other'] })).toBeUndefined();
  });
});
