import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { useHostHarness, totpCodeAt, type TestHost } from '../../../../test/fixtures/hostHandlers';
import { readFixture, readFixtureExpectations } from '../../importers/fixtureFiles';
import { jsonPolicySource } from '../../policy/jsonPolicySource';
import { MachinePolicy } from '../../policy/MachinePolicy';
import { SettingsFile } from '../../settings/SettingsFile';

// Adding and importing through the bridge, into real vaults: every fixture file (written
// by the other apps themselves), a QR image, a URI and a hand-typed key.
const running = useHostHarness();
const expectations = Object.entries(readFixtureExpectations());
let people = 0;

/** A fresh profile (no PIN: shared-desktop mode off for these tests) so each file starts empty. */
async function freshProfile(): Promise<void> {
  await new SettingsFile(running.host.dataDir).update({ sharedDesktopMode: false });
  await running.host.call('profiles.create', { name: `Person ${++people}` });
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('importing handlers', () => {
  it.each(expectations)('previews and commits %s; a second preview marks duplicates', async (file, expected) => {
    const { host, harness } = running;
    await freshProfile();
    const upload = {
      fileName: file.split('/').at(-1) ?? file,
      dataBase64: base64(readFixture(file)),
      ...(expected.password === null ? {} : { password: expected.password }),
    };
    if (expected.password !== null) {
      const withoutPassword = { fileName: upload.fileName, dataBase64: upload.dataBase64 };
      expect((await host.fail('importing.preview', withoutPassword)).code).toBe('password_required');
    }
    const preview = await host.call('importing.preview', upload);
    const fresh = preview.entries.filter((entry) => entry.status === 'new');
    expect(fresh.length).toBeGreaterThan(0);
    // Nothing is written before the commit.
    expect((await host.call('codes.list', {})).accounts).toEqual([]);
    expect(await host.call('importing.commit', { previewId: preview.previewId })).toMatchObject({
      added: fresh.length,
    });
    expect((await host.fail('importing.commit', { previewId: preview.previewId })).code).toBe('import_failed');

    const again = await host.call('importing.preview', upload);
    expect(again.entries.filter((entry) => entry.status === 'new')).toEqual([]);
    expect(again.entries.filter((entry) => entry.status === 'duplicate').length).toBe(
      preview.entries.filter((entry) => entry.status !== 'unsupported').length,
    );

    const listed = (await host.call('codes.list', {})).accounts;
    for (const entry of expected.entries.filter((one) => one.type === 'totp' && one.algorithm === 'SHA1')) {
      if (entry.digits !== 6 || entry.period !== 30) continue;
      const shown = listed.find((account) => account.label === entry.name && account.issuer === entry.issuer);
      expect(shown?.code, `${entry.issuer} ${entry.name}`).toBe(totpCodeAt(entry.secret, harness.clock.now));
    }
    expect(host.answers.join('\n')).not.toContain(expected.entries[0]?.secret ?? 'no secret');
  });

  it('tells an account repeated within the file apart from one already in the list', async () => {
    const { host } = running;
    await freshProfile();
    const ward = 'otpauth://totp/Ward%20B:nurse?secret=GEZDGNBVGY3TQOJQGEZDGNBV&issuer=Ward%20B';
    const mail = 'otpauth://totp/Mail:pat?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Mail';
    const vpn = 'otpauth://totp/VPN:pat?secret=KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU&issuer=VPN';
    await host.call('adding.fromUri', { uri: ward });
    const text = [ward, mail, mail, vpn, ward].join('\n');
    const preview = await host.call('importing.preview', {
      fileName: 'links.txt',
      dataBase64: Buffer.from(text).toString('base64'),
    });
    expect(preview.entries.map(({ issuer, status }) => [issuer, status])).toEqual([
      ['Ward B', 'duplicate'],
      ['Mail', 'new'],
      ['Mail', 'repeated'],
      ['VPN', 'new'],
      ['Ward B', 'duplicate'],
    ]);
    expect(await host.call('importing.commit', { previewId: preview.previewId })).toEqual({
      added: 2,
      duplicates: 2,
      repeated: 1,
    });
    expect((await host.call('codes.list', {})).accounts.map((account) => account.issuer)).toEqual([
      'Ward B',
      'Mail',
      'VPN',
    ]);
  });

  it('adds a QR code image as a preview, a URI and a typed key, with each failure in words', async () => {
    const { host } = running;
    await freshProfile();
    const uri = 'otpauth://totp/Ward%20B:nurse?secret=GEZDGNBVGY3TQOJQGEZDGNBV&issuer=Ward%20B';
    const png = await QRCode.toBuffer(uri, { type: 'png', margin: 4, scale: 6 });
    const preview = await host.call('adding.fromImage', { fileName: 'code.png', dataBase64: base64(png) });
    expect(preview).toMatchObject({
      format: 'qr_image',
      entries: [{ issuer: 'Ward B', label: 'nurse', status: 'new' }],
    });
    expect(await host.call('importing.commit', { previewId: preview.previewId })).toEqual({
      added: 1,
      duplicates: 0,
      repeated: 0,
    });

    expect(await host.call('adding.fromUri', { uri })).toMatchObject({
      added: [],
      duplicates: [{ issuer: 'Ward B', label: 'nurse', type: 'totp' }],
    });
    const bad = await host.fail('adding.fromUri', { uri: 'https://example.org/setup' });
    expect(bad.code).toBe('invalid_otpauth_uri');
    const noQr = await host.fail('adding.fromImage', {
      fileName: 'x.png',
      dataBase64: base64(Buffer.from('not an image')),
    });
    expect(noQr.message.length).toBeGreaterThan(10);

    const typed = await host.call('adding.manual', {
      issuer: 'Pharmacy',
      label: 'nurse',
      secret: 'jbsw y3dp ehpk 3pxp',
      type: 'totp',
      algorithm: 'SHA256',
      digits: 8,
      period: 60,
    });
    expect(typed.added).toMatchObject([{ issuer: 'Pharmacy', label: 'nurse', type: 'totp' }]);
    const short = await host.fail('adding.manual', {
      issuer: 'x',
      label: 'y',
      secret: 'AAAA',
      type: 'totp',
      algorithm: 'SHA1',
      digits: 6,
    });
    expect(['invalid_secret', 'invalid_account']).toContain(short.code);
    expect(host.answers.join('\n')).not.toContain('GEZDGNBVGY3TQOJQGEZDGNBV');
  });

  it('forgets previews on lock', async () => {
    const { host } = running;
    await freshProfile();
    const preview = await host.call('importing.preview', {
      fileName: 'plain.txt',
      dataBase64: base64(readFixture('otpauth/plain.txt')),
    });
    const { id } = (await host.call('profiles.list', {})).profiles.find((one) => one.unlocked) ?? { id: '' };
    await host.call('profiles.lock', {});
    expect(host.events.at(-1)).toEqual({ name: 'app.locked', payload: { reason: 'switch_person' } });
    await host.call('profiles.unlock', { id });
    expect((await host.fail('importing.commit', { previewId: preview.previewId })).code).toBe('import_failed');
  });
});

/**
 * A host whose machine policy allows imports until `switchOff` is called (policy read
 * again, as when IT changes it while DeskID runs), with a profile open.
 */
async function withPolicyHost(name: string, test: (host: TestHost, switchOff: () => Promise<void>) => Promise<void>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-import-policy-'));
  try {
    const file = path.join(dir, 'policy.json');
    await writeFile(file, JSON.stringify({ allowImport: true }));
    const policy = new MachinePolicy({ sources: [jsonPolicySource(file)] });
    const host = await running.harness.newHost({ policy });
    await host.call('profiles.create', { name, pin: '739154' });
    await test(host, async () => {
      await writeFile(file, JSON.stringify({ allowImport: false }));
      policy.reload();
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('importing.commit under machine policy', () => {
  it('refuses a preview made before policy switched imports off, and writes nothing', async () => {
    await withPolicyHost('Policy changes', async (host, switchOff) => {
      const upload = {
        fileName: 'example_export.txt',
        dataBase64: base64(readFixture('google_authenticator/example_export.txt')),
      };
      const preview = await host.call('importing.preview', upload);
      expect(preview.entries.length).toBeGreaterThan(0);

      await switchOff();
      const refused = await host.fail('importing.commit', { previewId: preview.previewId });
      expect(refused).toMatchObject({ code: 'import_disabled', message: /switched off .* by your organization/ });
      expect((await host.call('codes.list', {})).accounts).toEqual([]);
    });
  });

  it('refuses a Google export QR picture of one account previewed before imports were switched off; a picture of one otpauth:// account stays allowed', async () => {
    await withPolicyHost('Policy changes again', async (host, switchOff) => {
      // The fixture's first export link holds one account.
      const [link = ''] = readFixture('google_authenticator/example_export.txt')
        .toString('utf8')
        .split(/\r?\n/)
        .filter((line) => line.startsWith('otpauth-migration://'));
      const picture = async (text: string) => ({
        fileName: 'code.png',
        dataBase64: base64(await QRCode.toBuffer(text, { type: 'png', margin: 4, scale: 6 })),
      });
      const googleExport = await host.call('adding.fromImage', await picture(link));
      expect(googleExport.entries).toHaveLength(1);
      const oneAccount = await host.call(
        'adding.fromImage',
        await picture('otpauth://totp/Ward%20B:nurse?secret=GEZDGNBVGY3TQOJQGEZDGNBV&issuer=Ward%20B'),
      );

      await switchOff();
      const refused = await host.fail('importing.commit', { previewId: googleExport.previewId });
      expect(refused.code).toBe('import_disabled');
      expect((await host.call('codes.list', {})).accounts).toEqual([]);
      expect(await host.call('importing.commit', { previewId: oneAccount.previewId })).toEqual({
        added: 1,
        duplicates: 0,
        repeated: 0,
      });
    });
  });
});
