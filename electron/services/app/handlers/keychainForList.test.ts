import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../contract/appInfo';
import { DeskIdError } from '../../../contract/DeskIdError';
import { NapiKeychain } from '../../keychain/NapiKeychain';
import { keychainForList, keychainTrustedForMs } from './keychainForList';

const run = promisify(execFile);
const fixture = fileURLToPath(new URL('./keychainForList.fixture.ts', import.meta.url));
const service = `deskid-test-keychain-for-list-${randomUUID()}`;
const reachable = { reachable: true, backend: 'Secret Service' };

/** The real keychain, counting how often it is probed. */
function countedKeychain() {
  const real = new NapiKeychain(service);
  const counted = Object.assign(Object.create(real) as NapiKeychain, {
    probes: 0,
    assertReachable: () => {
      counted.probes += 1;
      return real.assertReachable();
    },
  });
  return counted;
}

describe('keychainForList', () => {
  it('probes the keychain once per 30 s while it answers, and two lists at once share one probe', async () => {
    const keychain = countedKeychain();
    let now = 1_000_000;
    const shown = keychainForList(keychain, () => now);
    expect(await Promise.all([shown.reachability(), shown.reachability()])).toEqual([reachable, reachable]);
    expect(keychain.probes).toBe(1);
    now += keychainTrustedForMs - 1;
    expect(await shown.reachability()).toEqual(reachable);
    expect(keychain.probes).toBe(1);
    now += 1;
    expect(await shown.reachability()).toEqual(reachable);
    expect(keychain.probes).toBe(2);
  });

  it('never remembers a keychain that did not answer: each list probes again', async () => {
    // A dead bus address: with no variable at all libdbus might auto-launch a bus.
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/deskid-bus' };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture, service], { env });
    const { answers, probes } = JSON.parse(stdout) as { answers: AppInfo['keychain'][]; probes: number };
    expect(probes).toBe(2);
    for (const answer of answers) {
      expect(answer).toMatchObject({ reachable: false, backend: 'Secret Service' });
      expect(answer.problem).toMatch(/cannot reach the Secret Service.*keyring/);
    }
  });

  it('forgets a success when opening a profile finds the keychain gone, and for no other error', async () => {
    const keychain = countedKeychain();
    const shown = keychainForList(keychain, () => 0);
    await shown.reachability();
    shown.failedWith(new DeskIdError('wrong_pin', 'That PIN is not right.'));
    await shown.reachability();
    expect(keychain.probes).toBe(1);
    shown.failedWith(new DeskIdError('keychain_unavailable', 'DeskID cannot reach the Secret Service.'));
    expect(await shown.reachability()).toEqual(reachable);
    expect(keychain.probes).toBe(2);
  });
});
