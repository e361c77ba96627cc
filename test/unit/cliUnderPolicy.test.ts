import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDeskid } from '../fixtures/runDeskid';

// `deskid` as IT's machine policy limits it (restores, shared-desktop mode): the real CLI in a child
// process, a temporary data folder and the real Secret Service.
let dataDir: string;
let env: NodeJS.ProcessEnv;
const passphrase = 'correct horse battery staple\n';
const deskid = (args: string[], stdin = '') => runDeskid(['--data-dir', dataDir, ...args], { stdin, env });
const uri = (issuer: string, label: string, secret: string) =>
  `otpauth://totp/${issuer}:${label}?secret=${secret}&issuer=${issuer}\n`;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-restore-policy-'));
  env = { DESKID_KEYCHAIN_SERVICE: `DeskID-restore-policy-${randomUUID()}` };
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('deskid accounts restore under an issuer allow-list', () => {
  it('refuses a backup holding an issuer policy does not allow, naming it, and writes nothing', async () => {
    expect((await deskid(['settings', 'set', 'shared-desktop', 'off'])).status).toBe(0);
    await deskid(['profiles', 'add', 'Dana']);
    await deskid(['profiles', 'add', 'Lee']);
    await deskid(['accounts', 'add', '-', '--profile', 'Dana'], uri('Clinic', 'dana', 'JBSWY3DPEHPK3PXP'));
    await deskid(['accounts', 'add', '-', '--profile', 'Dana'], uri('Payroll', 'dana', 'GEZDGNBVGY3TQOJQ'));
    const backup = path.join(dataDir, 'dana.deskid-backup');
    const args = ['--passphrase-stdin', '--profile'];
    expect((await deskid(['accounts', 'export', '--encrypted', backup, ...args, 'Dana'], passphrase)).status).toBe(0);

    // IT sets the allow-list after Dana's backup was made.
    const policyFile = path.join(dataDir, 'policy.json');
    await writeFile(policyFile, JSON.stringify({ issuerAllowlist: ['Clinic'] }));
    env = { ...env, DESKID_POLICY_FILE: policyFile };
    for (const replace of [[], ['--yes']]) {
      const refused = await deskid(['accounts', 'restore', backup, ...replace, ...args, 'Lee'], passphrase);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(
        'Your organization allows accounts from Clinic only; "Payroll" is not allowed. Nothing was added.',
      );
    }
    const list = await deskid(['accounts', 'list', '--json', '--profile', 'Lee']);
    expect(JSON.parse(list.stdout)).toEqual([]);
  });
});

describe('deskid under machine policy’s shared-desktop mode', () => {
  it('refuses a profile without a PIN when policy turns the mode on over the person’s off', async () => {
    expect((await deskid(['settings', 'set', 'shared-desktop', 'off'])).status).toBe(0);
    await deskid(['profiles', 'add', 'Dana']);
    await deskid(['accounts', 'add', '-', '--profile', 'Dana'], uri('Clinic', 'dana', 'JBSWY3DPEHPK3PXP'));
    expect((await deskid(['code', 'Clinic', '--profile', 'Dana'])).status).toBe(0);

    const policyFile = path.join(dataDir, 'policy.json');
    await writeFile(policyFile, JSON.stringify({ sharedDesktopMode: true }));
    env = { ...env, DESKID_POLICY_FILE: policyFile };
    const refused = await deskid(['code', 'Clinic', '--profile', 'Dana']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/PIN/);
    expect(JSON.parse((await deskid(['settings', 'list', '--json'])).stdout)).toMatchObject({
      sharedDesktopMode: true,
    });
    const change = await deskid(['settings', 'set', 'shared-desktop', 'off']);
    expect(change.status).toBe(1);
    expect(change.stderr).toMatch(/organization/);
  });
});
