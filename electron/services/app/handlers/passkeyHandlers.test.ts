import { describe, expect, it } from 'vitest';
import { demoPassword, useHostHarness } from '../../../../test/fixtures/hostHandlers';

// WebAuthn cannot run in Vitest: these tests cover the options and the refusal of a bad
// response. The real ceremony runs in Chromium (Playwright, virtual authenticator).
const running = useHostHarness();

const bogus = 'AAAA';
const registration = {
  id: bogus,
  rawId: bogus,
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: bogus, attestationObject: bogus },
} as const;
const assertion = {
  id: bogus,
  rawId: bogus,
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: bogus, authenticatorData: bogus, signature: bogus },
} as const;

describe('passkey handlers', () => {
  it('hands out creation options for a platform passkey and refuses a bad registration', async () => {
    await running.host.call('signIn.password', { username: 'demo.none', password: demoPassword });
    const { options } = await running.host.call('enrollment.passkeyOptions', {});
    expect(options).toMatchObject({
      rp: { id: 'localhost' },
      user: { name: 'demo.none' },
      authenticatorSelection: {
        authenticatorAttachment: 'platform',
        residentKey: 'required',
        userVerification: 'required',
      },
    });
    const refused = await running.host.fail('enrollment.passkey', { response: registration, label: 'This computer' });
    expect(refused.code).toBe('passkey_verification_failed');
  });

  it('hands out request options on the open sign-in step and refuses a bad assertion, keeping the step open', async () => {
    await running.host.call('signIn.password', { username: 'demo.phone', password: demoPassword });
    const { options } = await running.host.call('signIn.passkeyOptions', {});
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const refused = await running.host.fail('signIn.passkey', { response: assertion });
    expect(refused.code).toBe('passkey_verification_failed');
    // A failed verification leaves the transaction usable: new options on the same step.
    await expect(running.host.call('signIn.passkeyOptions', {})).resolves.toHaveProperty('options.challenge');
  });

  it('needs an open step for sign-in options, and a session for creation options', async () => {
    const fresh = await running.harness.newHost();
    expect((await fresh.fail('signIn.passkeyOptions', {})).code).toBe('transaction_not_found');
    expect((await fresh.fail('enrollment.passkeyOptions', {})).code).toBe('unauthorized');
  });
});
