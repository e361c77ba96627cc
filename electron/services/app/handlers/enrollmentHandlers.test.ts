import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecoveryCodeShown } from '../../../contract/accountStatus';
import { detailsOf, retryAfterOf } from '../../../contract/errorDetails';
import {
  extensionSpellings,
  readOutboxCode,
  startHostHarness,
  totpCodeAt,
  type HostHarness,
  type TestHost,
} from '../../../../test/fixtures/hostHandlers';

// Whole enrollments of new accounts through the bridge: real mock ID server, real vault
// on the real keychain, the dispatcher's schemas checked on every answer.
let harness: HostHarness;
const hosts: TestHost[] = [];
const password = 'an enrollment test password';
const pin = '482913';

beforeAll(async () => {
  harness = await startHostHarness();
});
afterAll(() => harness.stop());

async function newHost(): Promise<TestHost> {
  const host = await harness.newHost();
  hosts.push(host);
  return host;
}

/** A new account with no method (an enroll session once signed in). */
const newAccount = (name: string): Promise<string> => harness.newAccount(name, password);

async function signInEnroll(host: TestHost, username: string): Promise<void> {
  const step = await host.call('signIn.password', { username, password });
  expect(step).toMatchObject({ status: 'signed_in', account: { scope: 'enroll' } });
}

/** The recovery-code step: shown, shown again alike, saved, a wrong confirmation, the right one. */
async function finishWithRecoveryCode(host: TestHost, username: string): Promise<RecoveryCodeShown> {
  const shown = await host.call('enrollment.recoveryCode', {});
  expect(shown.groups.join('')).toMatch(/^\d{16}$/);
  // After a page reload the same session shows the same code, not a new one.
  expect(await host.call('enrollment.recoveryCode', {})).toEqual(shown);
  const saved = await host.call('enrollment.saveRecoveryFile', {});
  if (saved.savedAs !== 'download') throw new Error('expected a download in the browser host');
  expect(saved.fileName).toBe(`DeskID-recovery-code-${username}-${shown.issuedAt.slice(0, 10)}.txt`);
  expect(saved.text).toContain(`    ${shown.groups.join(' ')}\n`);
  expect(saved.text).toContain(`Account:   ${username}\n`);
  expect(saved.text).toContain(`Server:    ${harness.server.url}\n`);
  // In the window's language: a Spanish-speaking person keeps a file they can read.
  const inSpanish = await host.call('enrollment.saveRecoveryFile', { language: 'es' });
  if (inSpanish.savedAs !== 'download') throw new Error('expected a download in the browser host');
  expect(inSpanish.text).toMatch(/^DeskID - Código de recuperación de la cuenta de identidad\n/);
  expect(inSpanish.text).toContain(`    ${shown.groups.join(' ')}\n`);
  expect(inSpanish.text).toContain(`Cuenta:     ${username}\n`);
  expect(inSpanish.text).toContain('Si lo pierde, necesitará una cuenta nueva.');
  expect(inSpanish.text).not.toContain('Keep it somewhere safe');
  const last = shown.groups[3];
  const wrongDigits = String((Number(last) + 1) % 10_000).padStart(4, '0');
  const wrong = await host.fail('enrollment.confirmRecoveryCode', { lastDigits: wrongDigits });
  expect(wrong.code).toBe('recovery_code_mismatch');
  expect(detailsOf(wrong, 'recovery_code_mismatch')?.attemptsLeft).toBe(4);
  const status = await host.call('enrollment.confirmRecoveryCode', { lastDigits: last });
  expect(status).toMatchObject({
    scope: 'full',
    recoveryCode: { status: 'confirmed' },
    compliance: { compliant: true, missing: [] },
  });
  return shown;
}

describe('enrollment handlers: DeskID as the authenticator on this computer', () => {
  it('needs an open profile, keeps the secret in its vault, verifies it, and signs in with it later', async () => {
    // The host's clock, 20 time steps from the wall clock's: the used codes it learns back
    // from the audit log after an unlock must be on its own clock. They were on the wall
    // clock, and this test failed whenever a step ended while it ran.
    harness.clock.advance(10 * 60_000);
    const host = await newHost();
    const username = await newAccount('here');
    await signInEnroll(host, username);

    const listed = await host.call('profiles.list', {});
    expect(listed).toEqual({ profiles: [], pinRequired: true, keychain: { reachable: true } });
    const locked = await host.fail('enrollment.addAuthenticatorHere', {});
    expect(locked.code).toBe('vault_locked');
    expect(locked.message).toMatch(/^Open your DeskID profile first/);
    const trivial = await host.fail('profiles.create', { name: 'Dana', pin: '123456' });
    expect(trivial.code).toBe('invalid_pin');
    expect(trivial.message).toContain('digits only (0 to 9), at least 6 of them');
    const letters = await host.fail('profiles.create', { name: 'Dana', pin: 'dana-2931' });
    expect(letters).toMatchObject({ code: 'invalid_pin', details: { rule: 'digits', minLength: 6, maxLength: 64 } });
    expect((await host.fail('profiles.create', { name: 'Dana' })).code).toBe('invalid_pin');
    const profile = await host.call('profiles.create', { name: 'Dana', pin });
    expect(profile).toMatchObject({ name: 'Dana', hasPin: true, unlocked: true });

    const added = await host.call('enrollment.addAuthenticatorHere', { label: 'This computer' });
    expect(added).toMatchObject({
      profileName: 'Dana',
      method: { type: 'totp', label: 'This computer', verified: true },
    });
    await finishWithRecoveryCode(host, username);
    // Signing out locks the profile too: the next sign-in finds it linked but locked.
    await host.call('signIn.signOut', {});

    const step = await host.call('signIn.password', { username, password });
    expect(step).toMatchObject({
      status: 'mfa_required',
      codeFromThisComputer: false,
      lockedProfile: { id: profile.id, name: 'Dana' },
    });
    expect((await host.fail('signIn.codeFromThisComputer', {})).code).toBe('account_not_found');
    expect(await host.call('profiles.unlock', { id: profile.id, pin })).toMatchObject({ unlocked: true });
    // The code of this time step proved the new authenticator: the server never takes it twice.
    const used = await host.fail('signIn.codeFromThisComputer', {});
    expect(used.code).toBe('code_already_used');
    const wait = retryAfterOf(used);
    if (wait === undefined) throw new Error('expected a wait');
    harness.clock.advance(wait * 1000);
    const done = await host.call('signIn.codeFromThisComputer', {});
    expect(done).toMatchObject({ status: 'signed_in', account: { username, scope: 'full', fresh: true } });

    // Switch person: every profile locks and the ID-server session ends.
    await host.call('profiles.lockAll', {});
    expect(await host.call('signIn.status', {})).toBeNull();
    const again = await host.call('signIn.password', { username, password });
    expect(again).toMatchObject({
      status: 'mfa_required',
      codeFromThisComputer: false,
      lockedProfile: { id: profile.id, name: 'Dana' },
    });
    expect((await host.call('profiles.list', {})).profiles).toEqual([
      { id: profile.id, name: 'Dana', hasPin: true, unlocked: false },
    ]);
    expect((await host.fail('profiles.unlock', { id: profile.id, pin: '000111' })).code).toBe('wrong_pin');
    expect(await host.call('profiles.unlock', { id: profile.id, pin })).toMatchObject({ unlocked: true });
    harness.clock.advance(30_000);
    expect(await host.call('signIn.codeFromThisComputer', {})).toMatchObject({ status: 'signed_in' });
  });
});

describe('enrollment handlers: an authenticator app on a phone', () => {
  it('shows a QR code and the setup key, verifies a code made from the key; other enroll sessions end in words', async () => {
    const host = await newHost();
    const other = await newHost();
    const username = await newAccount('phoneapp');
    await signInEnroll(host, username);
    await signInEnroll(other, username);

    const setup = await host.call('enrollment.addAuthenticatorPhone', {});
    expect(setup.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<path[\s\S]*<\/svg>\s*$/);
    expect(setup.setupKey).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/);
    const wrong = await host.fail('enrollment.verifyMethod', { factorId: setup.factorId, code: '12345' });
    expect(wrong.code).toBe('invalid_code');
    const code = totpCodeAt(setup.setupKey, harness.clock.now);
    const method = await host.call('enrollment.verifyMethod', { factorId: setup.factorId, code });
    expect(method).toMatchObject({ id: setup.factorId, type: 'totp', verified: true });
    await finishWithRecoveryCode(host, username);

    // The account became compliant in `host`'s session: every other enroll session ended.
    // The server answers 401 and the other host forgets its session, saying so in words.
    const ended = await other.fail('enrollment.addAuthenticatorPhone', {});
    expect(ended).toEqual({ code: 'unauthorized', message: 'Your sign-in has ended. Sign in again.' });
    expect(await other.call('signIn.status', {})).toBeNull();
    expect(await other.fail('enrollment.recoveryCode', {})).toEqual({
      code: 'unauthorized',
      message: 'You are not signed in to your ID account. Sign in first.',
    });
  });
});

describe('enrollment handlers: a phone by SMS or voice', () => {
  it('refuses an extension before any request, in the protocol words', async () => {
    const host = await newHost();
    // Not signed in: a request would have been refused as `unauthorized`; the rule answers first.
    for (const number of extensionSpellings) {
      const refused = await host.fail('enrollment.addPhone', { number, country: 'US', channel: 'sms' });
      expect([number, refused.code]).toEqual([number, 'phone_extension_not_allowed']);
      expect(refused.message).toBe(
        'The number must be a cell phone or a direct landline; extensions will not work. Remove the extension and try again.',
      );
    }
    expect(
      (await host.fail('enrollment.addPhone', { number: '201-555-0177', country: 'US', channel: 'sms' })).code,
    ).toBe('unauthorized');
  });

  it('adds a phone by SMS, resends by voice after the wait, and verifies the code from the outbox', async () => {
    const host = await newHost();
    const username = await newAccount('sms');
    await signInEnroll(host, username);
    const added = await host.call('enrollment.addPhone', { number: '(201) 555-0142', country: 'US', channel: 'sms' });
    expect(added).toEqual({
      factorId: added.factorId,
      masked: '•••-•••-0142',
      lineType: 'fixed_line_or_mobile',
      expiresIn: 300,
      resendAfter: 30,
    });
    const early = await host.fail('enrollment.resendPhoneCode', { factorId: added.factorId, channel: 'voice' });
    expect(early.code).toBe('too_many_codes');
    harness.clock.advance(31_000);
    expect(await host.call('enrollment.resendPhoneCode', { factorId: added.factorId, channel: 'voice' })).toEqual({
      resendAfter: 30,
    });
    const code = await readOutboxCode(harness.server.url, '+12015550142');
    const method = await host.call('enrollment.verifyMethod', { factorId: added.factorId, code });
    expect(method).toMatchObject({ type: 'phone', verified: true, phone: { masked: '•••-•••-0142' } });
    expect(method).not.toHaveProperty('phone.e164');
    await finishWithRecoveryCode(host, username);
  });

  it('adds a landline by voice', async () => {
    const host = await newHost();
    const username = await newAccount('voice');
    await signInEnroll(host, username);
    const added = await host.call('enrollment.addPhone', {
      number: '+1 201 555 0143',
      country: 'US',
      channel: 'voice',
    });
    const code = await readOutboxCode(harness.server.url, '+12015550143');
    expect(await host.call('enrollment.verifyMethod', { factorId: added.factorId, code })).toMatchObject({
      type: 'phone',
      verified: true,
    });
    await finishWithRecoveryCode(host, username);
    expect((await host.fail('enrollment.recoveryCode', {})).code).toBe('forbidden_scope');
  });
});

describe('enrollment handlers: the recovery code across sessions', () => {
  it('issues a new code when an earlier session issued one this session cannot read back', async () => {
    const first = await newHost();
    const second = await newHost();
    const username = await newAccount('twice');
    await signInEnroll(first, username);
    const earlier = await first.call('enrollment.recoveryCode', {});
    await signInEnroll(second, username);
    const now = await second.call('enrollment.recoveryCode', {});
    expect(now.groups).not.toEqual(earlier.groups);
    // The first session's code was replaced: it is not shown again as if current.
    const again = await first.call('enrollment.recoveryCode', {});
    expect(again.groups).not.toEqual(earlier.groups);
  });
});

describe('enrollment handlers: what crosses the bridge', () => {
  it('never answers a session token or a transaction (no long base64url run in any answer)', () => {
    const answers = hosts.flatMap((host) => host.answers);
    expect(answers.length).toBeGreaterThan(50);
    for (const answer of answers) expect(answer).not.toMatch(/[A-Za-z0-9_-]{43,}/);
  });
});
