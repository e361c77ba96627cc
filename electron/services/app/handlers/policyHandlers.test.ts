import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostHarness, type HostHarness, type TestHost } from '../../../../test/fixtures/hostHandlers';
import { jsonPolicySource } from '../../policy/jsonPolicySource';
import { MachinePolicy } from '../../policy/MachinePolicy';
import { SettingsFile } from '../../settings/SettingsFile';

// The handlers under a machine policy file: what the bridge answers and what it refuses.
let harness: HostHarness;
let host: TestHost;
let dir: string;
let file: string;
const policyFile = {
  allowExport: false,
  allowImport: false,
  allowedMethods: ['passkey'],
  issuerAllowlist: ['Clinic Portal'],
  autoLockMinutes: 3,
  colour: 'blue',
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-policy-handlers-'));
  file = path.join(dir, 'policy.json');
  await writeFile(file, JSON.stringify(policyFile));
  harness = await startHostHarness();
  host = await harness.newHost({ policy: new MachinePolicy({ sources: [jsonPolicySource(file)] }) });
  await new SettingsFile(host.dataDir).update({ clipboardClearSeconds: 12 });
  await host.call('profiles.create', { name: 'Policy person', pin: '739154' });
});
afterAll(async () => {
  await harness.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('handlers under machine policy', () => {
  it('policy.get answers every setting in force with where it came from, and the warnings', async () => {
    const { settings, warnings } = await host.call('policy.get', {});
    const byName = Object.fromEntries(settings.map((setting) => [setting.name, setting]));
    expect(settings.map((setting) => setting.name)).toEqual([
      'serverUrl',
      'allowedMethods',
      'sharedDesktopMode',
      'autoLockMinutes',
      'clipboardClearSeconds',
      'hideCodesUntilClicked',
      'allowExport',
      'allowImport',
      'issuerAllowlist',
      'allowGlobalShortcut',
      'autoUpdate',
      'supportContact',
    ]);
    expect(byName.allowExport).toMatchObject({ value: false, origin: 'policy', source: file, userMayChange: false });
    expect(byName.autoLockMinutes).toMatchObject({ value: 3, origin: 'policy', userMayChange: true });
    expect(byName.clipboardClearSeconds).toMatchObject({ value: 12, origin: 'user' });
    expect(byName.hideCodesUntilClicked).toMatchObject({ value: false, origin: 'default', source: null });
    expect(warnings).toEqual([{ name: 'colour', source: file, reason: 'is not a DeskID setting; it is ignored' }]);
  });

  it('the wizard is offered only the methods both the server and policy allow, and others are refused', async () => {
    expect((await host.call('signIn.server', {})).methods).toEqual(['passkey']);
    const phone = await host.fail('enrollment.addPhone', { number: '201-555-0142', country: 'US', channel: 'sms' });
    expect(phone).toMatchObject({ code: 'method_not_allowed', message: /A phone is not allowed/ });
    expect((await host.fail('enrollment.addAuthenticatorPhone', {})).code).toBe('method_not_allowed');
  });

  it('refuses a backup, a restore and an import, each with its own code', async () => {
    expect((await host.fail('exporting.backup', { passphrase: 'correct horse battery staple' })).code).toBe(
      'export_disabled',
    );
    const upload = { fileName: 'x.json', dataBase64: Buffer.from('{}').toString('base64') };
    const restore = await host.fail('exporting.restore', { ...upload, passphrase: 'p', mode: 'merge' });
    expect(restore.code).toBe('import_disabled');
    const imported = await host.fail('importing.preview', upload);
    expect(imported).toMatchObject({ code: 'import_disabled', message: /switched off .* by your organization/ });
  });

  it('adds an account from an allowed issuer only, saying which issuers are allowed', async () => {
    const refused = await host.fail('adding.fromUri', {
      uri: 'otpauth://totp/Payroll:dana?secret=JBSWY3DPEHPK3PXP&issuer=Payroll',
    });
    expect(refused).toMatchObject({
      code: 'issuer_not_allowed',
      message: /Clinic Portal only; "Payroll" is not allowed/,
    });
    const manual = await host.fail('adding.manual', {
      ...{ issuer: 'Payroll', label: 'dana', secret: 'JBSWY3DPEHPK3PXP' },
      ...{ type: 'totp', algorithm: 'SHA1', digits: 6, period: 30 },
    });
    expect(manual.code).toBe('issuer_not_allowed');
    await host.call('adding.fromUri', {
      uri: 'otpauth://totp/Clinic%20Portal:dana?secret=JBSWY3DPEHPK3PXP&issuer=clinic%20portal',
    });
    expect((await host.call('codes.list', {})).accounts.map((account) => account.issuer)).toEqual(['clinic portal']);
  });

  it('shows the enforced settings in force and refuses changing them', async () => {
    expect(await host.call('settings.get', {})).toMatchObject({ autoLockMinutes: 3, exportAllowed: false });
    expect((await host.fail('settings.update', { autoLockMinutes: 10 })).code).toBe('set_by_policy');
    expect(await host.call('settings.update', { clipboardClearSeconds: 20 })).toMatchObject({
      clipboardClearSeconds: 20,
    });
  });
});

describe('codes.copy under a machine policy that sets clipboardClearSeconds', () => {
  let copyHost: TestHost;
  let clipboardPolicy: MachinePolicy;
  let clipboardPolicyFile: string;
  let accountId: string;

  beforeAll(async () => {
    // Neither the default (30) nor either of the person's own settings below.
    clipboardPolicyFile = path.join(dir, 'clipboard-policy.json');
    await writeFile(clipboardPolicyFile, JSON.stringify({ clipboardClearSeconds: 45 }));
    clipboardPolicy = new MachinePolicy({ sources: [jsonPolicySource(clipboardPolicyFile)] });
    copyHost = await harness.newHost({ policy: clipboardPolicy });
    await copyHost.call('profiles.create', { name: 'Clipboard person', pin: '739154' });
    const { added } = await copyHost.call('adding.fromUri', {
      uri: 'otpauth://totp/Clinic%20Portal:dana?secret=JBSWY3DPEHPK3PXP&issuer=Clinic%20Portal',
    });
    accountId = added[0]?.id ?? '';
  });

  it("answers policy's delay over the person's own, shorter or longer, and the person's again once policy drops it", async () => {
    const own = new SettingsFile(copyHost.dataDir);
    const copy = async () => (await copyHost.call('codes.copy', { id: accountId })).clearAfterSeconds;

    // Policy is not a ceiling or a floor: its value is the delay either way.
    await own.update({ clipboardClearSeconds: 12 });
    expect(await copy()).toBe(45);
    await own.update({ clipboardClearSeconds: 90 });
    expect(await copy()).toBe(45);
    expect((await copyHost.fail('settings.update', { clipboardClearSeconds: 20 })).code).toBe('set_by_policy');

    // Read at each copy: with the setting gone from the policy file, the person's 90 holds.
    await writeFile(clipboardPolicyFile, JSON.stringify({}));
    clipboardPolicy.reload();
    expect(await copy()).toBe(90);
  });
});
