import { describe, expect, it } from 'vitest';
import { HandTimers, ScriptedPasskeyWindow } from '../../../test/fixtures/fakeElectronCeremony';
import { ceremonyPageUrl, ceremonyTimeoutMs, runCeremony, timeoutGraceMs } from './runCeremony';

const b64 = 'AAAA';
const assertion = {
  id: b64,
  rawId: b64,
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: b64, authenticatorData: b64, signature: b64 },
};
const options = { challenge: 'Y2hhbGxlbmdl', timeout: 60_000, rpId: 'localhost' };
const origin = 'http://localhost:4799';

describe('runCeremony', () => {
  it("opens the page on the server's origin with the options in the fragment, answers the checked result and closes the window", async () => {
    const window = new ScriptedPasskeyWindow([(events) => events.result({ ok: true, response: assertion })]);
    const outcome = await runCeremony({ window, kind: 'authenticate', options, origin, timers: new HandTimers() });
    expect(outcome).toEqual({ ok: true, response: assertion });
    expect(window.requests[0]?.url).toBe(ceremonyPageUrl(origin, { kind: 'authenticate', options }));
    expect(window.requests[0]?.url.startsWith('http://localhost:4799/__deskid-passkey-ceremony/index.html#')).toBe(
      true,
    );
    expect(window.lastPageRequest()).toEqual({ kind: 'authenticate', options });
    expect(window.closes).toBe(1);
  });

  it("answers the page's named problem and closes the window", async () => {
    const window = new ScriptedPasskeyWindow([(events) => events.result({ ok: false, problem: 'already_registered' })]);
    const outcome = await runCeremony({ window, kind: 'register', options, origin, timers: new HandTimers() });
    expect(outcome).toEqual({ ok: false, problem: 'already_registered' });
    expect(window.closes).toBe(1);
  });

  it('answers failed for a result of the wrong kind or shape, and closes the window', async () => {
    const window = new ScriptedPasskeyWindow([
      (events) => events.result({ ok: true, response: assertion }),
      (events) => events.result({ ok: false, problem: 'something else' }),
      (events) => events.result('<script>'),
    ]);
    for (let i = 0; i < 3; i++) {
      // An assertion where a registration was asked for is not a registration.
      const outcome = await runCeremony({ window, kind: 'register', options, origin, timers: new HandTimers() });
      expect(outcome).toEqual({ ok: false, problem: 'failed' });
    }
    expect(window.closes).toBe(3);
  });

  it('answers cancelled when the person closes the window', async () => {
    const window = new ScriptedPasskeyWindow([(events) => events.closed()]);
    const outcome = await runCeremony({ window, kind: 'authenticate', options, origin, timers: new HandTimers() });
    expect(outcome).toEqual({ ok: false, problem: 'cancelled' });
    expect(window.closes).toBe(1);
  });

  it('answers cancelled and closes the window when its signal aborts (a lock); a later result changes nothing', async () => {
    let late: (() => void) | undefined;
    const window = new ScriptedPasskeyWindow([
      (events) => {
        late = () => events.result({ ok: true, response: assertion });
      },
    ]);
    const lock = new AbortController();
    const timers = new HandTimers();
    const pending = runCeremony({ window, kind: 'authenticate', options, origin, timers, signal: lock.signal });
    lock.abort();
    await expect(pending).resolves.toEqual({ ok: false, problem: 'cancelled' });
    late?.();
    expect(window.closes).toBe(1);
    expect(timers.pending.size).toBe(0);
  });

  it('opens no window when its signal was aborted before it started', async () => {
    const window = new ScriptedPasskeyWindow([]);
    const signal = AbortSignal.abort();
    const outcome = await runCeremony({ window, kind: 'register', options, origin, timers: new HandTimers(), signal });
    expect(outcome).toEqual({ ok: false, problem: 'cancelled' });
    expect(window.requests).toEqual([]);
  });

  it('answers timeout and closes the window when nothing comes back in time; later events change nothing', async () => {
    let late: (() => void) | undefined;
    const window = new ScriptedPasskeyWindow([
      (events) => {
        late = () => {
          events.result({ ok: true, response: assertion });
          events.closed();
        };
      },
    ]);
    const timers = new HandTimers();
    const pending = runCeremony({ window, kind: 'authenticate', options, origin, timers });
    expect([...timers.pending.values()].map((timer) => timer.ms)).toEqual([60_000 + timeoutGraceMs]);
    timers.fire();
    await expect(pending).resolves.toEqual({ ok: false, problem: 'timeout' });
    late?.();
    expect(window.closes).toBe(1);
  });

  it("rejects with the host's error when the window cannot open, leaving no timer behind", async () => {
    const window = new ScriptedPasskeyWindow([]);
    const timers = new HandTimers();
    await expect(runCeremony({ window, kind: 'authenticate', options, origin, timers })).rejects.toThrow(/No script/);
    expect(timers.pending.size).toBe(0);
  });

  it("waits at most the options' five-minute lifetime plus a grace", () => {
    expect(ceremonyTimeoutMs(undefined)).toBe(300_000 + timeoutGraceMs);
    expect(ceremonyTimeoutMs(0)).toBe(300_000 + timeoutGraceMs);
    expect(ceremonyTimeoutMs(3_600_000)).toBe(300_000 + timeoutGraceMs);
    expect(ceremonyTimeoutMs(30_000)).toBe(30_000 + timeoutGraceMs);
  });
});
