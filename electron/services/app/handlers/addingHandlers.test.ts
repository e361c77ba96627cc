import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostHarness, type HostHarness, type TestHost } from '../../../../test/fixtures/hostHandlers';
import { readFixture } from '../../importers/fixtureFiles';
import { jsonPolicySource } from '../../policy/jsonPolicySource';
import { MachinePolicy } from '../../policy/MachinePolicy';

// Adding under a machine policy that switches imports off: a Google Authenticator export
// (link or QR picture) is an import and is refused; a single otpauth:// account is not.
let harness: HostHarness;
let host: TestHost;
let dir: string;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
// The fixture's first export link holds one account: refused all the same, as an import.
const [migrationLink = ''] = readFixture('google_authenticator/example_export.txt')
  .toString('utf8')
  .split(/\r?\n/)
  .filter((line) => line.startsWith('otpauth-migration://'));
const uri = 'otpauth://totp/Ward%20B:nurse?secret=GEZDGNBVGY3TQOJQGEZDGNBV&issuer=Ward%20B';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-adding-handlers-'));
  const file = path.join(dir, 'policy.json');
  await writeFile(file, JSON.stringify({ allowImport: false }));
  harness = await startHostHarness();
  host = await harness.newHost({ policy: new MachinePolicy({ sources: [jsonPolicySource(file)] }) });
  await host.call('profiles.create', { name: 'No imports', pin: '739154' });
});
afterAll(async () => {
  await harness.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('adding handlers when machine policy switches imports off', () => {
  it('refuses a Google Authenticator export link and its QR picture with import_disabled', async () => {
    expect(migrationLink).toMatch(/^otpauth-migration:\/\//);
    const link = await host.fail('adding.fromUri', { uri: migrationLink });
    expect(link).toMatchObject({ code: 'import_disabled', message: /switched off .* by your organization/ });
    const png = await QRCode.toBuffer(migrationLink, { type: 'png', margin: 4, scale: 6 });
    const picture = await host.fail('adding.fromImage', { fileName: 'export.png', dataBase64: base64(png) });
    expect(picture.code).toBe('import_disabled');
    expect((await host.call('codes.list', {})).accounts).toEqual([]);
  });

  it('still adds a single otpauth:// account by URI, QR picture or typed key', async () => {
    expect(await host.call('adding.fromUri', { uri })).toMatchObject({ added: [{ issuer: 'Ward B', label: 'nurse' }] });
    const other = uri.replaceAll('Ward%20B', 'Ward%20C');
    const png = await QRCode.toBuffer(other, { type: 'png', margin: 4, scale: 6 });
    const preview = await host.call('adding.fromImage', { fileName: 'code.png', dataBase64: base64(png) });
    expect(await host.call('importing.commit', { previewId: preview.previewId })).toEqual({
      added: 1,
      duplicates: 0,
      repeated: 0,
    });
    await host.call('adding.manual', {
      ...{ issuer: 'Pharmacy', label: 'nurse', secret: 'JBSWY3DPEHPK3PXP' },
      ...{ type: 'totp', algorithm: 'SHA1', digits: 6, period: 30 },
    });
    const issuers = (await host.call('codes.list', {})).accounts.map((account) => account.issuer);
    expect(issuers.sort()).toEqual(['Pharmacy', 'Ward B', 'Ward C']);
  });
});
