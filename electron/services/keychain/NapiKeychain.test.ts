import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/fixtures/browserHost';
import { keychainServiceName } from './Keychain';
import { NapiKeychain } from './NapiKeychain';

// Runs against the real Secret Service of the private D-Bus session that
// scripts/with-keyring.sh starts (npm run test:unit).
const service = `DeskID-test-${randomUUID()}`;
const keychain = new NapiKeychain(service);
const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((account) => keychain.delete(account)));
});

describe('NapiKeychain (real Secret Service)', () => {
  it('stores, reads and deletes a secret', async () => {
    created.push('profile-a');
    expect(await keychain.get('profile-a')).toBeNull();
    await keychain.set('profile-a', 'wrapping-key-material');
    expect(await keychain.get('profile-a')).toBe('wrapping-key-material');
    expect(await keychain.delete('profile-a')).toBe(true);
    expect(await keychain.get('profile-a')).toBeNull();
  });

  it('keeps services apart', async () => {
    created.push('shared-name');
    await keychain.set('shared-name', 'one');
    expect(await new NapiKeychain(`${service}-other`).get('shared-name')).toBeNull();
  });

  it.each(['set', 'get', 'delete'])(
    '%s answers keychain_unavailable, with what to do, when no Secret Service answers',
    async (operation) => {
      const script = `
      import { NapiKeychain } from './electron/services/keychain/NapiKeychain.ts';
      const keychain = new NapiKeychain('DeskID-test-none');
      try { await keychain.${operation}('a', 'top-secret-value'); console.log('answered'); }
      catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message })); }`;
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        {
          cwd: repoRoot,
          env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/deskid-bus' },
        },
      );
      const answer = JSON.parse(stdout.trim()) as { code: string; message: string };
      expect(answer.code).toBe('keychain_unavailable');
      expect(answer.message).toMatch(/Secret Service/);
      expect(answer.message).toMatch(/unlock/);
      expect(answer.message).not.toContain('top-secret-value');
    },
  );
});

describe('keychainServiceName', () => {
  it('is DeskID unless DESKID_KEYCHAIN_SERVICE says otherwise', () => {
    expect(keychainServiceName({})).toBe('DeskID');
    expect(keychainServiceName({ DESKID_KEYCHAIN_SERVICE: 'DeskID-test' })).toBe('DeskID-test');
    expect(keychainServiceName({ DESKID_KEYCHAIN_SERVICE: '  ' })).toBe('DeskID');
  });
});
