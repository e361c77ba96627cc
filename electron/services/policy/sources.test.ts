import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicySources } from './defaultPolicySources';
import { jsonPolicySource } from './jsonPolicySource';
import { plistPolicySource } from './plistPolicySource';
import { registryPolicySource } from './registryPolicySource';
import { resolvePolicy } from './resolvePolicy';
import { readFileSync } from 'node:fs';

const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/policy/${name}`, import.meta.url));
const regOutput = (name: string) => () => readFileSync(fixture(name), 'utf8');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-policy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the Windows registry, from reg query output', () => {
  it('turns DWORD switches, numbers, multi-strings and comma lists into the settings, matching names without case', () => {
    const hklm = registryPolicySource('HKLM', regOutput('reg-hklm.txt')).read();
    expect(hklm.source).toBe('HKLM\\Software\\Policies\\DeskID');
    expect(hklm.values).toEqual({
      serverUrl: 'https://id.clinic.example',
      allowExport: false,
      autoLockMinutes: 10,
      allowedMethods: ['passkey', 'totp'],
      supportContact: 'IT desk, ext 4455',
      issuerAllowlist: ['Clinic Portal', 'Payroll'],
    });
  });

  it('puts HKLM over HKCU, and warns of a bad DWORD and an unknown value by key and source', () => {
    const policy = resolvePolicy({
      machine: [
        registryPolicySource('HKCU', regOutput('reg-hkcu.txt')).read(),
        registryPolicySource('HKLM', regOutput('reg-hklm.txt')).read(),
      ],
    });
    expect(policy.values.autoLockMinutes).toBe(10);
    expect(policy.origins.autoLockMinutes).toEqual({ kind: 'policy', source: 'HKLM\\Software\\Policies\\DeskID' });
    expect(policy.values.clipboardClearSeconds).toBe(5);
    expect(policy.origins.clipboardClearSeconds).toEqual({
      kind: 'policy',
      source: 'HKCU\\Software\\Policies\\DeskID',
    });
    expect(policy.values.allowImport).toBe(true);
    expect(policy.origins.allowImport).toEqual({ kind: 'default' });
    expect(policy.warnings).toMatchObject([
      { key: 'allowImport', source: 'HKCU\\Software\\Policies\\DeskID', reason: /boolean/ },
      { key: 'Colour', source: 'HKCU\\Software\\Policies\\DeskID', reason: 'is not a DeskID setting; it is ignored' },
    ]);
  });

  it('is no policy when the key does not exist, and a warning when reg cannot run', () => {
    expect(registryPolicySource('HKLM', () => null).read()).toEqual({
      source: 'HKLM\\Software\\Policies\\DeskID',
      values: {},
      warnings: [],
    });
    const failed = registryPolicySource('HKCU', () => {
      throw new Error('spawn reg ENOENT');
    }).read();
    expect(failed.warnings).toEqual([
      { key: null, source: 'HKCU\\Software\\Policies\\DeskID', reason: 'cannot be read: spawn reg ENOENT' },
    ]);
  });
});

describe('macOS managed preferences, from a plist file', () => {
  it('reads the settings with the plist library, drops MDM bookkeeping, and warns of a wrong type', () => {
    const policy = resolvePolicy({ machine: [plistPolicySource(fixture('managed.plist'), null).read()] });
    expect(policy.values).toMatchObject({
      serverUrl: 'https://id.clinic.example',
      allowedMethods: ['passkey'],
      sharedDesktopMode: true,
      autoLockMinutes: 15,
      allowExport: false,
      clipboardClearSeconds: 30,
    });
    expect(policy.warnings).toMatchObject([
      { key: 'clipboardClearSeconds', source: fixture('managed.plist'), reason: /number/ },
    ]);
  });

  it('warns of a binary plist it cannot convert and of text that is no plist; a missing file is no policy', async () => {
    const binary = path.join(dir, 'binary.plist');
    await writeFile(binary, Buffer.from('bplist00\u00d1\u0001\u0002', 'latin1'));
    expect(plistPolicySource(binary, null).read().warnings[0]?.reason).toMatch(/binary plist/);
    const broken = path.join(dir, 'broken.plist');
    await writeFile(broken, '<plist><dict><key>x</key>');
    expect(plistPolicySource(broken, null).read().warnings[0]?.reason).toMatch(/^is not a readable plist/);
    expect(plistPolicySource(path.join(dir, 'none.plist'), null).read()).toMatchObject({ values: {}, warnings: [] });
  });

  it('converts a binary plist through the converter it is given', async () => {
    const binary = path.join(dir, 'binary.plist');
    await writeFile(binary, 'bplist00');
    const source = plistPolicySource(binary, () => readFileSync(fixture('managed.plist'), 'utf8'));
    expect(source.read().values).toMatchObject({ autoLockMinutes: 15 });
  });
});

describe('a JSON policy file', () => {
  it('reads the settings, and warns of an out-of-range value and an unknown key', () => {
    const file = fixture('policy.json');
    const policy = resolvePolicy({ machine: [jsonPolicySource(file).read()] });
    expect(policy.values).toMatchObject({
      allowedMethods: ['passkey', 'phone'],
      autoLockMinutes: 10,
      allowImport: false,
      issuerAllowlist: ['Clinic Portal'],
      clipboardClearSeconds: 30,
    });
    expect(policy.warnings).toMatchObject([
      { key: 'clipboardClearSeconds', source: file, reason: /600/ },
      { key: 'serverURL', source: file, reason: 'is not a DeskID setting; it is ignored' },
    ]);
  });

  it('warns, never throws, for text that is not JSON or not an object; a missing file is no policy', async () => {
    const file = path.join(dir, 'policy.json');
    await writeFile(file, '{ "allowExport": false,');
    expect(jsonPolicySource(file).read().warnings[0]).toMatchObject({
      key: null,
      source: file,
      reason: /not valid JSON/,
    });
    await writeFile(file, '[1]');
    expect(jsonPolicySource(file).read().warnings[0]?.reason).toMatch(/one JSON object/);
    expect(jsonPolicySource(path.join(dir, 'none.json')).read()).toEqual({
      source: path.join(dir, 'none.json'),
      values: {},
      warnings: [],
    });
  });

  it('refuses a plain http server address off this computer, naming the key', () => {
    const policy = resolvePolicy({
      machine: [{ source: 'test', values: { serverUrl: 'http://id.example.org' }, warnings: [] }],
    });
    expect(policy.values.serverUrl).toBe('');
    expect(policy.warnings).toMatchObject([{ key: 'serverUrl', source: 'test', reason: /https/ }]);
  });
});

describe('defaultPolicySources', () => {
  it('reads each OS its own place, and DESKID_POLICY_FILE below it when set', () => {
    expect(defaultPolicySources({}, 'linux').map((source) => source.name)).toEqual(['/etc/deskid/policy.json']);
    expect(defaultPolicySources({}, 'darwin', () => 'nurse.a').map((source) => source.name)).toEqual([
      '/Library/Managed Preferences/nurse.a/org.deskid.app.plist',
      '/Library/Managed Preferences/org.deskid.app.plist',
    ]);
    expect(defaultPolicySources({}, 'win32').map((source) => source.name)).toEqual([
      'HKCU\\Software\\Policies\\DeskID',
      'HKLM\\Software\\Policies\\DeskID',
    ]);
    // Rising precedence: the file a person can point DeskID at comes first, so the
    // machine's own policy wins over it for every key both set.
    expect(defaultPolicySources({ DESKID_POLICY_FILE: '/tmp/p.plist' }, 'win32').map((source) => source.name)).toEqual([
      '/tmp/p.plist',
      'HKCU\\Software\\Policies\\DeskID',
      'HKLM\\Software\\Policies\\DeskID',
    ]);
    expect(defaultPolicySources({ DESKID_POLICY_FILE: 'p.json' }, 'linux').map((source) => source.name)).toEqual([
      path.resolve('p.json'),
      '/etc/deskid/policy.json',
    ]);
  });
});
