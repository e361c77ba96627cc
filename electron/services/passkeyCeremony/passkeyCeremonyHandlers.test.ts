import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, startHostHarness, type HostHarness } from '../../../test/fixtures/hostHandlers';
import { HandTimers, ScriptedPasskeyWindow } from '../../../test/fixtures/fakeElectronCeremony';
import { DeskIdError } from '../../contract/DeskIdError';
import { downloadInPage, emitNowhere } from '../app/AppContext';
import { createHostState } from '../app/handlers/HostState';
import { signInHandlers } from '../app/handlers/signInHandlers';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { jsonPolicySource } from '../policy/jsonPolicySource';
import { MachinePolicy } from '../policy/MachinePolicy';
import type { PasskeyWindow } from './PasskeyWindow';
import { passkeyCeremonyHandlers } from './passkeyCeremonyHandlers';

// WebAuthn itself needs a browser: here a scripted window stands in for the ceremony page
// (electron/main/ceremony/ceremonyPage.chromium.test.ts runs the real page in Chromium).
// Everything else is real: the mock ID server, the session service, the handlers.
const b64 = 'AAAA';
const registration = {
  id: b64,
  rawId: b64,
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: b64, attestationObject: b64 },
};
const assertion = {
  id: b64,
  rawId: b64,
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: b64, authenticatorData: b64, signature: b64 },
};

let harness: HostHarness;
let dataDir: string;
beforeAll(async () => {
  harness = await startHostHarness();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-ceremony-'));
});
afterAll(async () => {
  await harness.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The error a call rejects with; a success fails the test. */
async function failureOf(run: () => unknown): Promise<DeskIdError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DeskIdError) return error;
    throw error;
  }
  throw new Error('The call succeeded where the ID server should have refused it');
}

/** An Electron-like host whose ceremony window is `window`, its handlers, its state and its hand-moved timers. */
function electronHost(window: PasskeyWindow | undefined, policy?: MachinePolicy) {
  const state = createHostState({
    version: '0.0.0-test',
    hostKind: 'electron',
    dataDir,
    keychain: new NapiKeychain(`deskid-test-ceremony-${randomUUID()}`),
    idServer: { url: harness.server.url, embedded: false },
    saveFile: downloadInPage,
    passkeyCeremony: 'window',
    passkeyWindow: window,
    emit: emitNowhere,
    ...(policy === undefined ? {} : { policy }),
  });
  const timers = new HandTimers();
  return { ...signInHandlers(state), ...passkeyCeremonyHandlers(state, { timers }), timers, state };
}

describe('passkeyCeremony handlers (real mock ID server)', () => {
  it("registers: the server's creation options go to the window on http://localhost:<port>, its result to the server", async () => {
    const window = new ScriptedPasskeyWindow([(events) => events.result({ ok: true, response: registration })]);
    const host = electronHost(window);
    await host['signIn.password']({ username: 'demo.none', password: demoPassword });
    // The mock server checks the result for real: a made-up attestation is refused.
    const refused = await failureOf(() => host['passkeyCeremony.register']({ label: 'This computer' }));
    expect(refused.code).toBe('passkey_verification_failed');
    expect(window.requests[0]?.origin).toBe(`http://localhost:${harness.server.port}`);
    expect(window.lastPageRequest()).toMatchObject({
      kind: 'register',
      options: { rp: { id: 'localhost' }, user: { name: 'demo.none' } },
    });
    expect(window.closes).toBe(1);
  });

  it('signs in: request options on the open step, the expected account for the OS chooser, the result to the server', async () => {
    const window = new ScriptedPasskeyWindow([(events) => events.result({ ok: true, response: assertion })]);
    const host = electronHost(window);
    await host['signIn.password']({ username: 'demo.passkey', password: demoPassword });
    const refused = await failureOf(() => host['passkeyCeremony.signIn']({}));
    expect(refused.code).toBe('passkey_verification_failed');
    const request = window.requests[0];
    expect(request?.expected.username).toBe('demo.passkey');
    const { options } = window.lastPageRequest() as { options: { allowCredentials?: { id: string }[] } };
    expect(request?.expected.allowCredentialIds).toEqual((options.allowCredentials ?? []).map(({ id }) => id));
    expect(window.lastPageRequest()).toMatchObject({ kind: 'authenticate', options: { rpId: 'localhost' } });
  });

  it('answers the problem when the person closes the window, and the sign-in step stays open for another method', async () => {
    const window = new ScriptedPasskeyWindow([(events) => events.closed(), (events) => events.closed()]);
    const host = electronHost(window);
    await host['signIn.password']({ username: 'demo.passkey', password: demoPassword });
    await expect(host['passkeyCeremony.signIn']({})).resolves.toEqual({ status: 'failed', problem: 'cancelled' });
    await expect(host['passkeyCeremony.signIn']({})).resolves.toEqual({ status: 'failed', problem: 'cancelled' });
    expect(window.closes).toBe(2);
  });

  it('answers timeout when the window is left open, and closes it', async () => {
    const window = new ScriptedPasskeyWindow([() => undefined]);
    const host = electronHost(window);
    await host['signIn.password']({ username: 'demo.none', password: demoPassword });
    const pending = host['passkeyCeremony.register']({});
    await expect.poll(() => host.timers.pending.size).toBe(1);
    host.timers.fire();
    await expect(pending).resolves.toEqual({ status: 'failed', problem: 'timeout' });
    expect(window.closes).toBe(1);
  });

  it('on Linux says so before trying: no options are fetched and no window opens', async () => {
    const window = new ScriptedPasskeyWindow([], { available: false, reason: 'no_platform_authenticator' });
    const host = electronHost(window);
    expect(host['passkeyCeremony.available']({})).toEqual({ available: false, reason: 'no_platform_authenticator' });
    await host['signIn.password']({ username: 'demo.none', password: demoPassword });
    await expect(host['passkeyCeremony.register']({})).resolves.toEqual({
      status: 'failed',
      problem: 'no_platform_authenticator',
    });
    expect(window.requests).toEqual([]);
  });

  it('answers failed in a host without a ceremony window (the browser host runs passkeys in its page)', async () => {
    const host = electronHost(undefined);
    expect(host['passkeyCeremony.available']({})).toEqual({ available: false, reason: 'failed' });
    await expect(host['passkeyCeremony.signIn']({})).resolves.toEqual({ status: 'failed', problem: 'failed' });
  });

  it('runs one ceremony at a time', async () => {
    const window = new ScriptedPasskeyWindow([() => undefined]);
    const host = electronHost(window);
    await host['signIn.password']({ username: 'demo.none', password: demoPassword });
    const first = host['passkeyCeremony.register']({});
    await expect.poll(() => window.requests.length).toBe(1);
    await expect(host['passkeyCeremony.register']({})).resolves.toEqual({ status: 'failed', problem: 'failed' });
    host.timers.fire();
    await expect(first).resolves.toEqual({ status: 'failed', problem: 'timeout' });
  });

  it("passes the ID server's refusals through: no session, no open step", async () => {
    const host = electronHost(new ScriptedPasskeyWindow([]));
    await expect(host['passkeyCeremony.register']({})).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(host['passkeyCeremony.signIn']({})).rejects.toMatchObject({ code: 'transaction_not_found' });
  });

  it('a lock while the window is open cancels the ceremony and closes the window', async () => {
    const window = new ScriptedPasskeyWindow([() => undefined, (events) => events.closed()]);
    const host = electronHost(window);
    await host['signIn.password']({ username: 'demo.none', password: demoPassword });
    const pending = host['passkeyCeremony.register']({});
    await expect.poll(() => window.requests.length).toBe(1);
    await host.state.lockAll('os_lock');
    await expect(pending).resolves.toEqual({ status: 'failed', problem: 'cancelled' });
    expect(window.closes).toBe(1);
    expect(host.timers.pending.size).toBe(0);
  });

  it('refuses both ceremonies when machine policy leaves passkeys out, before any window opens', async () => {
    const file = path.join(dataDir, `policy-${randomUUID()}.json`);
    await writeFile(file, JSON.stringify({ allowedMethods: ['totp'] }));
    const window = new ScriptedPasskeyWindow([]);
    const host = electronHost(window, new MachinePolicy({ sources: [jsonPolicySource(file)] }));
    await host['signIn.password']({ username: 'demo.passkey', password: demoPassword });
    const register = await failureOf(() => host['passkeyCeremony.register']({}));
    expect(register).toMatchObject({ code: 'method_not_allowed', message: /not allowed as a sign-in method/ });
    const signIn = await failureOf(() => host['passkeyCeremony.signIn']({}));
    expect(signIn.code).toBe('method_not_allowed');
    expect(window.requests).toEqual([]);
  });
});
