import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useHostHarness } from '../../../../test/fixtures/hostHandlers';
import { jsonPolicySource } from '../../policy/jsonPolicySource';
import { MachinePolicy } from '../../policy/MachinePolicy';
import { SettingsFile } from '../../settings/SettingsFile';

// Encrypted backups through the bridge: a download in the browser host, restored by merge
// and by replace into real vaults.
const running = useHostHarness();
const passphrase = 'correct horse battery staple';
const uri = (label: string, secret: string) => ({
  uri: `otpauth://totp/Clinic:${label}?secret=${secret}&issuer=Clinic`,
});

describe('exporting handlers', () => {
  it('saves a backup and restores it by merge and by replace', async () => {
    const { host } = running;
    await host.call('profiles.create', { name: 'Backup person', pin: '739154' });
    await host.call('adding.fromUri', uri('one', 'JBSWY3DPEHPK3PXP'));
    await host.call('adding.fromUri', uri('two', 'GEZDGNBVGY3TQOJQ'));
    expect((await host.fail('exporting.backup', { passphrase: 'short' })).code).toBe('weak_password');
    const saved = await host.call('exporting.backup', { passphrase });
    if (saved.savedAs !== 'download') throw new Error('expected a download in the browser host');
    expect(saved.fileName).toMatch(/^DeskID-backup-Backup-person-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saved.text).not.toContain('JBSWY3DPEHPK3PXP');
    const backup = { fileName: saved.fileName, dataBase64: Buffer.from(saved.text).toString('base64'), passphrase };

    // Change the accounts: one removed, one added.
    const [one] = (await host.call('codes.list', {})).accounts;
    await host.call('codes.remove', { id: one?.id ?? '' });
    await host.call('adding.fromUri', uri('three', 'MFRGGZDFMZTWQ2LK'));

    expect(
      (await host.fail('exporting.restore', { ...backup, passphrase: 'not the passphrase', mode: 'merge' })).code,
    ).toBe('wrong_password');
    expect(await host.call('exporting.restore', { ...backup, mode: 'merge' })).toEqual({
      added: 1,
      replaced: 0,
      duplicates: 1,
    });
    const labels = async () => (await host.call('codes.list', {})).accounts.map((account) => account.label).sort();
    expect(await labels()).toEqual(['one', 'three', 'two']);

    expect(await host.call('exporting.restore', { ...backup, mode: 'replace' })).toMatchObject({ replaced: 0 });
    expect(await labels()).toEqual(['one', 'two']);
  });

  it('refuses a backup when exports are switched off', async () => {
    const { host } = running;
    await new SettingsFile(host.dataDir).update({ exportAllowed: false });
    expect((await host.fail('exporting.backup', { passphrase })).code).toBe('export_disabled');
    expect(await host.call('settings.get', {})).toMatchObject({ exportAllowed: false });
  });

  it('restores on a computer with an issuer allow-list only the issuers it allows, writing nothing otherwise', async () => {
    const { harness, host } = running;
    await host.call('profiles.create', { name: 'Two issuers', pin: '739154' });
    await host.call('adding.fromUri', uri('one', 'JBSWY3DPEHPK3PXP'));
    await host.call('adding.fromUri', { uri: 'otpauth://totp/Payroll:dana?secret=GEZDGNBVGY3TQOJQ&issuer=Payroll' });
    await new SettingsFile(host.dataDir).update({ exportAllowed: true });
    const saved = await host.call('exporting.backup', { passphrase });
    if (saved.savedAs !== 'download') throw new Error('expected a download in the browser host');
    const backup = { fileName: saved.fileName, dataBase64: Buffer.from(saved.text).toString('base64'), passphrase };

    const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-restore-policy-'));
    try {
      await writeFile(path.join(dir, 'policy.json'), JSON.stringify({ issuerAllowlist: ['Clinic'] }));
      const managed = await harness.newHost({
        policy: new MachinePolicy({ sources: [jsonPolicySource(path.join(dir, 'policy.json'))] }),
      });
      await managed.call('profiles.create', { name: 'Managed person', pin: '739154' });
      for (const mode of ['merge', 'replace'] as const) {
        expect(await managed.fail('exporting.restore', { ...backup, mode })).toMatchObject({
          code: 'issuer_not_allowed',
          message: /Clinic only; "Payroll" is not allowed\. Nothing was added\./,
        });
      }
      expect((await managed.call('codes.list', {})).accounts).toEqual([]);

      // The same person's backup without the other issuer restores.
      const payroll = (await host.call('codes.list', {})).accounts.find((account) => account.issuer === 'Payroll');
      await host.call('codes.remove', { id: payroll?.id ?? '' });
      const allowed = await host.call('exporting.backup', { passphrase });
      if (allowed.savedAs !== 'download') throw new Error('expected a download in the browser host');
      const upload = { fileName: allowed.fileName, dataBase64: Buffer.from(allowed.text).toString('base64') };
      expect(await managed.call('exporting.restore', { ...upload, passphrase, mode: 'merge' })).toMatchObject({
        added: 1,
      });
      expect((await managed.call('codes.list', {})).accounts.map((account) => account.issuer)).toEqual(['Clinic']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
