import { describe, expect, it } from 'vitest';
import { useHostHarness, totpCodeAt } from '../../../../test/fixtures/hostHandlers';
import { SettingsFile } from '../../settings/SettingsFile';

// The codes screen's calls on a real vault (real keychain), with a hand-moved clock.
const running = useHostHarness();
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

async function openProfileWithAccounts() {
  const { host } = running;
  await host.call('profiles.create', { name: 'Ana', pin: '739154' });
  await host.call('adding.fromUri', { uri: `otpauth://totp/Clinic:ana@example.org?secret=${secret}&issuer=Clinic` });
  await host.call('adding.manual', {
    issuer: 'Lab',
    label: 'ana',
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    type: 'hotp',
    algorithm: 'SHA1',
    digits: 6,
    counter: 0,
  });
}

describe('codes handlers', () => {
  it('lists codes, copies one (already used the second time), and moves HOTP on with "next code"', async () => {
    const { host, harness } = running;
    expect((await host.fail('codes.list', {})).code).toBe('vault_locked');
    await openProfileWithAccounts();
    const listed = await host.call('codes.list', {});
    expect(listed.hideUntilClicked).toBe(false);
    const [totp, hotp] = listed.accounts;
    expect(totp).toMatchObject({
      issuer: 'Clinic',
      label: 'ana@example.org',
      type: 'totp',
      period: 30,
      code: totpCodeAt(secret, harness.clock.now),
      alreadyUsed: false,
    });
    expect(totp?.validUntil).toBeGreaterThan(harness.clock.now);
    expect(hotp).toMatchObject({ issuer: 'Lab', type: 'hotp', alreadyUsed: false });
    expect(hotp?.code).toBeUndefined();
    if (totp === undefined || hotp === undefined) throw new Error('expected two accounts');

    const copied = await host.call('codes.copy', { id: totp.id });
    expect(copied).toEqual({
      copiedBy: 'page',
      code: totpCodeAt(secret, harness.clock.now),
      alreadyUsed: false,
      clearAfterSeconds: 30,
    });
    expect(await host.call('codes.copy', { id: totp.id })).toMatchObject({ alreadyUsed: true });
    expect((await host.call('codes.list', {})).accounts[0]?.alreadyUsed).toBe(true);

    // RFC 4226's first codes for "12345678901234567890".
    expect(await host.call('codes.nextHotp', { id: hotp.id })).toEqual({ code: '755224' });
    expect((await host.call('codes.list', {})).accounts[1]?.code).toBe('755224');
    expect(await host.call('codes.copy', { id: hotp.id })).toMatchObject({ code: '755224', alreadyUsed: false });
    expect(await host.call('codes.nextHotp', { id: hotp.id })).toEqual({ code: '287082' });
    expect((await host.fail('codes.nextHotp', { id: totp.id })).code).toBe('invalid_account');
  });

  it('hides codes until clicked when the setting says so', async () => {
    const { host, harness } = running;
    await new SettingsFile(host.dataDir).update({ hideCodesUntilClicked: true });
    const listed = await host.call('codes.list', {});
    expect(listed.hideUntilClicked).toBe(true);
    const [totp] = listed.accounts;
    expect(totp?.code).toBeUndefined();
    const revealed = await host.call('codes.reveal', { id: totp?.id ?? '' });
    expect(revealed.code).toBe(totpCodeAt(secret, harness.clock.now));
    await new SettingsFile(host.dataDir).update({ hideCodesUntilClicked: false });
  });

  it('renames, reorders and removes accounts', async () => {
    const { host } = running;
    const [first, second] = (await host.call('codes.list', {})).accounts;
    if (first === undefined || second === undefined) throw new Error('expected two accounts');
    expect(
      await host.call('codes.rename', { id: first.id, issuer: 'Clinic\u202e', label: 'front desk' }),
    ).toMatchObject({
      id: first.id,
      issuer: 'Clinic',
      label: 'front desk',
    });
    expect(await host.call('codes.reorder', { ids: [second.id, first.id] })).toEqual({ done: true });
    expect((await host.call('codes.list', {})).accounts.map((account) => account.id)).toEqual([second.id, first.id]);
    expect((await host.fail('codes.reorder', { ids: [second.id] })).code).toBe('invalid_account');
    expect(await host.call('codes.remove', { id: second.id })).toEqual({ done: true });
    expect((await host.fail('codes.remove', { id: second.id })).code).toBe('account_not_found');
    expect((await host.call('codes.list', {})).accounts.map((account) => account.label)).toEqual(['front desk']);
  });

  it('answers the first list after an unlock from the one made then, unless it no longer holds', async () => {
    const { host, harness } = running;
    const { profiles } = await host.call('profiles.list', {});
    const id = profiles[0]?.id ?? '';
    /** Locks, opens the profile again and lets the list made at unlock start. */
    const reopen = async () => {
      await host.call('profiles.lockAll', {});
      await host.call('profiles.unlock', { id, pin: '739154' });
      await new Promise((resolve) => setImmediate(resolve));
    };
    await reopen();
    const [account] = (await host.call('codes.list', {})).accounts;
    expect(account).toMatchObject({ label: 'front desk', code: totpCodeAt(secret, harness.clock.now) });
    const accountId = account?.id ?? '';

    // An account written since: the list is made again.
    await reopen();
    await host.call('codes.rename', { id: accountId, issuer: 'Clinic', label: 'reception' });
    expect((await host.call('codes.list', {})).accounts[0]?.label).toBe('reception');

    // The time step ended since: the codes are made again.
    await reopen();
    harness.clock.advance(30_000);
    expect((await host.call('codes.list', {})).accounts[0]?.code).toBe(totpCodeAt(secret, harness.clock.now));

    // Codes hidden since: none is sent.
    await reopen();
    await new SettingsFile(host.dataDir).update({ hideCodesUntilClicked: true });
    expect((await host.call('codes.list', {})).accounts[0]?.code).toBeUndefined();
    await new SettingsFile(host.dataDir).update({ hideCodesUntilClicked: false });

    // A code copied since: it shows as already used.
    await reopen();
    await host.call('codes.copy', { id: accountId });
    expect((await host.call('codes.list', {})).accounts[0]?.alreadyUsed).toBe(true);
  });

  it('shows nothing once locked, and tells the pages why', async () => {
    const { host } = running;
    expect(await host.call('profiles.lockAll', {})).toEqual({ done: true });
    expect((await host.fail('codes.list', {})).code).toBe('vault_locked');
    expect(host.events.at(-1)).toEqual({ name: 'app.locked', payload: { reason: 'user' } });
    // Never a secret in any answer.
    expect(host.answers.join('\n')).not.toContain(secret);
  });
});
