import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskIdError } from '../../../contract/DeskIdError';
import { demoPassword, startHostHarness, type HostHarness } from '../../../../test/fixtures/hostHandlers';

// What one person leaves behind when they finish at a shared desk, against the real mock
// ID server and the real keychain.
let harness: HostHarness;
beforeAll(async () => {
  harness = await startHostHarness();
});
afterAll(() => harness.stop());

const password = 'a sign-out test password';

/** A new account with no method (an enroll session once signed in). */
const newAccount = (name: string): Promise<string> => harness.newAccount(name, password);

describe('signing out at a shared desk', () => {
  it('locks the DeskID profile the person opened, so the next person needs its PIN', async () => {
    const host = await harness.newHost();
    const profile = await host.call('profiles.create', { name: `Signer ${Date.now()}`, pin: '482913' });
    await host.call('signIn.password', { username: await newAccount('signer'), password });
    expect((await host.call('profiles.list', {})).profiles.find((p) => p.id === profile.id)?.unlocked).toBe(true);

    await host.call('signIn.signOut', {});

    const after = await host.call('profiles.list', {});
    expect(after.profiles.find((p) => p.id === profile.id)?.unlocked).toBe(false);
    const refusal = await host.call('profiles.unlock', { id: profile.id }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DeskIdError);
    expect(await host.call('signIn.status', {})).toBeNull();
    // Through the one lock (its listeners run), but the page that signed out clears itself:
    // a late app.locked would wipe a sign-in it has already begun again.
    expect(host.events).toEqual([]);
  });
});

describe('the signed-in account, not the one signing in', () => {
  it('names the recovery file after the signed-in account while another sign-in is open', async () => {
    const host = await harness.newHost();
    const first = await newAccount('first');
    await host.call('signIn.password', { username: first, password });
    const shown = await host.call('enrollment.recoveryCode', {});
    // Someone starts signing in as another account (it asks for MFA) before this one is done.
    const step = await host.call('signIn.password', { username: 'demo.totp', password: demoPassword });
    expect(step.status).toBe('mfa_required');

    const saved = await host.call('enrollment.saveRecoveryFile', {});
    if (saved.savedAs !== 'download') throw new Error('expected a download in the browser host');
    expect(saved.fileName).toBe(`DeskID-recovery-code-${first}-${shown.issuedAt.slice(0, 10)}.txt`);
    expect(saved.text).toContain(`Account:   ${first}\n`);
  });
});
