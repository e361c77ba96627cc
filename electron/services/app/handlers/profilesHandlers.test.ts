import { describe, expect, it } from 'vitest';
import { useHostHarness } from '../../../../test/fixtures/hostHandlers';

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
    expect(await host.call('profiles.changePin', { currentPin: '739154', newPin: '582039' })).toEqual({ done: true });
    expect((await host.call('codes.list', {})).accounts).toHaveLength(1);

    expect(await host.call('profiles.lock', {})).toEqual({ done: true });
    expect(host.events).toEqual([{ name: 'app.locked', payload: { reason: 'switch_person' } }]);
    expect((await host.fail('profiles.unlock', { id: person.id, pin: '739154' })).code).toBe('wrong_pin');
    expect(await host.call('profiles.unlock', { id: person.id, pin: '582039' })).toMatchObject({ unlocked: true });
    expect((await host.call('codes.list', {})).accounts).toHaveLength(1);
  });
});
