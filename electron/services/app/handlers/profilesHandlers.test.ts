import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoPassword,
  readOutboxCode,
  startHostHarness,
  useHostHarness,
  type HostHarness,
  type TestHost,
} from '../../../../test/fixtures/hostHandlers';
import { NapiKeychain } from '../../keychain/NapiKeychain';
import { createProfileStore } from '../createProfileStore';

// People on one desktop: the PIN change and the lock calls, on the real keychain.
const running = useHostHarness();

describe('profiles handlers', () => {
  it('changes the PIN after checking the current one, and the new one opens the profile', async () => {
    const { host } = running;
    const person = await host.call('profiles.create', { name: 'Bea', pin: '739154' });
    await host.call('adding.fromUri', { uri: 'otpauth://totp/Clinic:bea?secret=JBSWY3DPEHPK3PXP' });
    const wrong = await host.fail('profiles.changePin', { currentPin: '000001', newPin: '582039' });
    expect(wrong.code).toBe('wrong_pin');
    // A wrong current PIN leaves the open profile as it was.
    expect((await host.call('codes.list', {})).accounts).toHaveLength(1);
    const trivial = await host.fail('profiles.changePin', { currentPin: '739154', newPin: '123456' });
    expect(trivial.code).toBe('invalid_pin');
    const letters = await host.fail('profiles.changePin', { currentPin: '739154', newPin: 'bea-5820' });
    expect(letters).toMatchObject({ code: 'invalid_pin', details: { rule: 'digits' } });
    expect(await host.call('profiles.changePin', { currentPin: '739154', newPin: '582039' })).toEqual({ done: true });
    expect((await host.call('codes.list', {})).accounts).toHaveLength(1);

    expect(await host.call('profiles.lock', {})).toEqual({ done: true });
    expect(host.events).toEqual([{ name: 'app.locked', payload: { reason: 'switch_person' } }]);
    expect((await host.fail('profiles.unlock', { id: person.id, pin: '739154' })).code).toBe('wrong_pin');
    expect(await host.call('profiles.unlock', { id: person.id, pin: '582039' })).toMatchObject({ unlocked: true });
    expect((await host.call('codes.list', {})).accounts).toHaveLength(1);
  });
});

// A forgotten PIN, reset by signing in to the linked ID-server account (the mock server
// over real HTTP, a real vault on the real keychain): the accounts stay, the new PIN opens.
describe('profiles handlers: PIN reset by ID-server sign-in', () => {
  const keychainService = `deskid-test-pin-reset-${randomUUID()}`;
  const demoPhone = '+12015550101';
  let harness: HostHarness;
  let host: TestHost;
  beforeAll(async () => {
    harness = await startHostHarness({ keychainService });
    host = await harness.newHost();
  });
  afterAll(() => harness.stop());

  /** Password, a text message, and the code from the server's dev outbox. */
  async function signInByPhone(id: string): Promise<void> {
    harness.clock.advance(60_000); // past the resend wait of the previous text
    const { methods, phones } = await host.call('profiles.resetPinSignIn', { id, password: demoPassword });
    expect(methods).toEqual(['phone']);
    const [phone] = phones;
    expect(phone?.masked).toMatch(/0101$/);
    await host.call('profiles.resetPinSendCode', { factorId: phone?.factorId ?? '', channel: 'sms' });
    const code = await readOutboxCode(harness.server.url, demoPhone);
    await host.call('profiles.resetPinProve', { method: 'phone', factorId: phone?.factorId ?? '', code });
  }

  it('sets the reset up for the open profile, then resets a forgotten PIN with the accounts kept', async () => {
    const person = await host.call('profiles.create', { name: 'Ana', pin: '739154' });
    await host.call('adding.fromUri', { uri: 'otpauth://totp/Clinic:ana?secret=JBSWY3DPEHPK3PXP' });
    const store = createProfileStore({ dataDir: host.dataDir, keychain: new NapiKeychain(keychainService) });
    await store.linkIdServer(person.id, { url: harness.server.url, username: 'demo.phone' });
    expect(await host.call('profiles.pinResetInfo', { id: person.id })).toEqual({
      account: { server: harness.server.url, username: 'demo.phone' },
      ready: false,
    });

    // Set-up: a wrong password and a wrong code are the server's own refusals; the step stays open.
    expect((await host.fail('profiles.resetPinSignIn', { id: person.id, password: 'not-it' })).code).toBe(
      'invalid_credentials',
    );
    expect((await host.fail('profiles.setUpPinReset', { currentPin: '739154' })).code).toBe('transaction_not_found');
    const { phones } = await host.call('profiles.resetPinSignIn', { id: person.id, password: demoPassword });
    const factorId = phones[0]?.factorId ?? '';
    await host.call('profiles.resetPinSendCode', { factorId, channel: 'sms' });
    const wrongCode = await host.fail('profiles.resetPinProve', { method: 'phone', factorId, code: '000000' });
    expect(wrongCode.code).toBe('invalid_code');
    expect((await host.fail('profiles.setUpPinReset', { currentPin: '739154' })).code).toBe('unauthorized');
    const code = await readOutboxCode(harness.server.url, demoPhone);
    await host.call('profiles.resetPinProve', { method: 'phone', factorId, code });
    expect((await host.fail('profiles.setUpPinReset', { currentPin: '000001' })).code).toBe('wrong_pin');
    expect(await host.call('profiles.setUpPinReset', { currentPin: '739154' })).toEqual({ done: true });
    expect(await host.call('profiles.pinResetInfo', { id: person.id })).toMatchObject({ ready: true });
    // The open profile still reads its account after the re-key.
    expect((await host.call('codes.list', {})).accounts).toHaveLength(1);

    // Forgotten: a lock (here "Switch person") drops a proved sign-in; the reset needs it again.
    await host.call('profiles.lockAll', {});
    await signInByPhone(person.id);
    await host.call('profiles.lock', {});
    expect((await host.fail('profiles.resetPinFinish', { newPin: '582039' })).code).toBe('transaction_not_found');
    await signInByPhone(person.id);
    const trivial = await host.fail('profiles.resetPinFinish', { newPin: '123456' });
    expect(trivial.code).toBe('invalid_pin');
    const letters = await host.fail('profiles.resetPinFinish', { newPin: 'bea-5820' });
    expect(letters).toMatchObject({ code: 'invalid_pin', details: { rule: 'digits' } });
    expect(await host.call('profiles.resetPinFinish', { newPin: '582039' })).toMatchObject({
      id: person.id,
      unlocked: true,
    });
    expect((await host.call('codes.list', {})).accounts).toHaveLength(1);
    // Finished: the sign-in is forgotten.
    expect((await host.fail('profiles.resetPinFinish', { newPin: '582039' })).code).toBe('transaction_not_found');

    await host.call('profiles.lock', {});
    expect((await host.fail('profiles.unlock', { id: person.id, pin: '739154' })).code).toBe('wrong_pin');
    expect(await host.call('profiles.unlock', { id: person.id, pin: '582039' })).toMatchObject({ unlocked: true });
    // The new share was sealed again: the reset still works after a reset.
    expect(await host.call('profiles.pinResetInfo', { id: person.id })).toMatchObject({ ready: true });

    // No answer carried the recovery code (16 digits) or the server's transaction.
    const answers = host.answers.join('\n');
    expect(answers).not.toMatch(/(?<!\d)\d{16}(?!\d)/);
    expect(answers).not.toContain('"transaction"');
  });

  // Races: each call is started, and a lock is asked while it awaits (the network, the key derivation).
  it('a lock while the password step awaits the server discards the sign-in', async () => {
    const person = await host.call('profiles.create', { name: 'Cai', pin: '739154' });
    const store = createProfileStore({ dataDir: host.dataDir, keychain: new NapiKeychain(keychainService) });
    await store.linkIdServer(person.id, { url: harness.server.url, username: 'demo.phone' });
    harness.clock.advance(60_000);
    const signIn = host.fail('profiles.resetPinSignIn', { id: person.id, password: demoPassword });
    await host.call('profiles.lockAll', {});
    expect((await signIn).code).toBe('transaction_not_found');
    const send = await host.fail('profiles.resetPinSendCode', { factorId: 'any', channel: 'sms' });
    expect(send.code).toBe('transaction_not_found');
  });

  it('a lock while the profile opens leaves it locked and answers vault_locked', async () => {
    const person = await host.call('profiles.create', { name: 'Dee', pin: '739154' });
    await host.call('profiles.lock', {});
    const unlock = host.fail('profiles.unlock', { id: person.id, pin: '739154' });
    await host.call('profiles.lockAll', {});
    expect((await unlock).code).toBe('vault_locked');
    expect((await host.fail('codes.list', {})).code).toBe('vault_locked');
    expect(await host.call('profiles.unlock', { id: person.id, pin: '739154' })).toMatchObject({ unlocked: true });
  });

  it('a lock during the PIN-reset re-key keeps the new PIN but leaves the profile locked', async () => {
    const person = await host.call('profiles.create', { name: 'Eli', pin: '739154' });
    const store = createProfileStore({ dataDir: host.dataDir, keychain: new NapiKeychain(keychainService) });
    await store.linkIdServer(person.id, { url: harness.server.url, username: 'demo.phone' });
    await signInByPhone(person.id);
    await host.call('profiles.setUpPinReset', { currentPin: '739154' });
    await host.call('profiles.lock', {});
    await signInByPhone(person.id);
    const finish = host.fail('profiles.resetPinFinish', { newPin: '582039' });
    await host.call('profiles.lockAll', {});
    expect((await finish).code).toBe('vault_locked');
    expect((await host.fail('codes.list', {})).code).toBe('vault_locked');
    expect(await host.call('profiles.unlock', { id: person.id, pin: '582039' })).toMatchObject({ unlocked: true });
  });

  it('says plainly that a profile linked to no ID-server account cannot be reset', async () => {
    const person = await host.call('profiles.create', { name: 'Ben', pin: '739154' });
    expect(await host.call('profiles.pinResetInfo', { id: person.id })).toEqual({ account: null, ready: false });
    const refusal = await host.fail('profiles.resetPinSignIn', { id: person.id, password: demoPassword });
    expect(refusal.code).toBe('pin_reset_required');
    expect(refusal.message).toMatch(/not linked to an ID-server account/);
  });
});
