import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateCode } from '../../electron/services/authenticator/generateCode';
import { parseOtpauthUri } from '../../electron/services/authenticator/parseOtpauthUri';
import { demoPassword, demoTotpSecret } from '../../server/seed/demoAccounts';
import { startServer } from '../../server/startServer';
import { repoRoot } from '../fixtures/browserHost';
import { runDeskid } from '../fixtures/runDeskid';

// The real CLI in a child process, over a temporary data folder and the real Secret
// Service (its own keychain service name per test).
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const uri = `otpauth://totp/Clinic%20Portal:dana?secret=${secret}&issuer=Clinic%20Portal`;
let dataDir: string;
let env: NodeJS.ProcessEnv;

const deskid = (args: string[], stdin = '') => runDeskid(['--data-dir', dataDir, ...args], { stdin, env });

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-cli-'));
  env = { DESKID_KEYCHAIN_SERVICE: `DeskID-cli-test-${randomUUID()}` };
});

/** Most tests here are about something else than PINs: they switch shared-desktop mode off. */
async function sharedDesktopOff(): Promise<void> {
  expect((await deskid(['settings', 'set', 'shared-desktop', 'off'])).status).toBe(0);
}

describe('deskid in shared-desktop mode (the default)', () => {
  it('refuses a profile without a PIN, saying how to give one or switch the mode off', async () => {
    const refused = await deskid(['profiles', 'add', 'Dana', '--json']);
    expect(refused.status).toBe(1);
    const { error } = JSON.parse(refused.stderr) as { error: { code: string; message: string } };
    expect(error.code).toBe('invalid_pin');
    expect(error.message).toContain('--pin-stdin');
    expect(error.message).toContain('deskid settings set shared-desktop off');
    expect(JSON.parse((await deskid(['profiles', 'list', '--json'])).stdout)).toEqual([]);
    const settings = await deskid(['settings', 'list', '--json']);
    expect(JSON.parse(settings.stdout)).toMatchObject({ sharedDesktopMode: true });
  });

  it('refuses a short, trivial or not-only-digits PIN, stating the rule, and takes a good one', async () => {
    for (const [pin, rule] of [
      ['4829', 'This PIN has 4 digits.'],
      ['lee-2931', 'This PIN has characters other than digits.'],
      ['4829 13', 'This PIN has characters other than digits.'],
      ['777777', 'repeats one digit'],
      ['765432', 'straight run'],
      ['159753', 'most common PINs'],
    ]) {
      const refused = await deskid(['profiles', 'add', 'Lee', '--pin-stdin'], `${pin}\n`);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(rule);
      expect(refused.stderr).toContain('A PIN is digits only (0 to 9), at least 6 of them');
      expect(refused.stderr).not.toContain(pin);
    }
    const letters = await deskid(['profiles', 'add', 'Lee', '--pin-stdin', '--json'], 'lee-2931\n');
    expect(JSON.parse(letters.stderr)).toMatchObject({
      error: { code: 'invalid_pin', message: expect.stringContaining('other than digits') as unknown },
    });
    expect(JSON.parse((await deskid(['profiles', 'list', '--json'])).stdout)).toEqual([]);
    // Full-width digits are digits (the PIN's NFKC form), and open it typed as ASCII.
    expect((await deskid(['profiles', 'add', 'Lee', '--pin-stdin'], '４８２９１３\n')).status).toBe(0);
    expect((await deskid(['accounts', 'list', '--pin-stdin'], '482913\n')).status).toBe(0);
  });

  it('allows profiles without a PIN once switched off, and on again refuses them', async () => {
    await sharedDesktopOff();
    expect((await deskid(['profiles', 'add', 'Dana'])).status).toBe(0);
    expect((await deskid(['settings', 'set', 'shared-desktop', 'on'])).status).toBe(0);
    expect((await deskid(['profiles', 'add', 'Lee'])).status).toBe(1);
    const typo = await deskid(['settings', 'set', 'shared-desktop', 'maybe']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('on or off');
  });

  it('refuses to open a profile made without a PIN while the mode was off, until set-pin gives it one', async () => {
    await sharedDesktopOff();
    expect((await deskid(['profiles', 'add', 'Dana'])).status).toBe(0);
    expect((await deskid(['accounts', 'add', '-'], `${uri}\n`)).status).toBe(0);
    expect((await deskid(['settings', 'set', 'shared-desktop', 'on'])).status).toBe(0);

    for (const command of [
      ['accounts', 'list'],
      ['code', 'Clinic Portal'],
    ]) {
      const refused = await deskid([...command, '--json']);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toBe('');
      const { error } = JSON.parse(refused.stderr) as { error: { code: string; message: string } };
      expect(error.code).toBe('invalid_pin');
      expect(error.message).toContain('deskid profiles set-pin "Dana"');
    }
    expect((await deskid(['profiles', 'list'])).stdout).toContain(
      'Dana  (no PIN: set one with deskid profiles set-pin',
    );
    const doctor = await deskid(['doctor']);
    expect(doctor.status).toBe(1);
    expect(doctor.stdout).toContain('FIX  vault of "Dana": no PIN');

    const set = await deskid(['profiles', 'set-pin', 'Dana', '--pin-stdin'], '482913\n');
    expect(set.status).toBe(0);
    expect(set.stdout).toContain('"Dana" now has a PIN');
    const locked = await deskid(['accounts', 'list']);
    expect(locked.status).toBe(1);
    expect(locked.stderr).toContain('needs the pin for dana but has no terminal to ask it at. Pass --pin-stdin');
    const wrong = await deskid(['accounts', 'list', '--pin-stdin', '--json'], '739146\n');
    expect(JSON.parse(wrong.stderr)).toMatchObject({ error: { code: 'wrong_pin' } });
    const opened = await deskid(['accounts', 'list', '--pin-stdin', '--json'], '482913\n');
    expect(opened.status).toBe(0);
    expect(JSON.parse(opened.stdout)).toEqual([expect.objectContaining({ issuer: 'Clinic Portal' })]);
    expect((await deskid(['doctor'])).stdout).toContain('ok   vault of "Dana": healthy, PIN set');

    // Changing it needs the current PIN first; the new one is digits only.
    const letters = await deskid(['profiles', 'set-pin', 'Dana', '--pin-stdin'], '482913\ndana-5904\n');
    expect(letters.status).toBe(1);
    expect(letters.stderr).toContain('This PIN has characters other than digits.');
    const changed = await deskid(['profiles', 'set-pin', 'Dana', '--pin-stdin'], '482913\n590417\n');
    expect(changed.status).toBe(0);
    expect((await deskid(['accounts', 'list', '--pin-stdin'], '590417\n')).status).toBe(0);
  });
});

describe('deskid profiles', () => {
  beforeEach(sharedDesktopOff);

  it('adds, lists and removes profiles; a PIN only when asked for', async () => {
    expect((await deskid(['profiles', 'add', 'Dana'])).status).toBe(0);
    const added = await deskid(['profiles', 'add', 'Lee', '--pin-stdin'], '482913\n');
    expect(added.stdout).toContain('Added profile "Lee" with a PIN.');
    const list = await deskid(['profiles', 'list', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ displayName: 'Dana', hasPin: false }),
      expect.objectContaining({ displayName: 'Lee', hasPin: true }),
    ]);
    const refused = await deskid(['profiles', 'remove', 'Dana']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--yes');
    expect((await deskid(['profiles', 'remove', 'Dana', '--yes'])).status).toBe(0);
    expect(JSON.parse((await deskid(['profiles', 'list', '--json'])).stdout)).toHaveLength(1);
  });

  it('asks which profile when there are several', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    await deskid(['profiles', 'add', 'Lee']);
    const run = await deskid(['accounts', 'list']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Several profiles exist');
    expect((await deskid(['accounts', 'list', '--profile', 'lee'])).status).toBe(0);
  });
});

describe('deskid accounts and code', () => {
  beforeEach(sharedDesktopOff);

  it('adds a URI from stdin, lists it without its secret, and prints its code', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    const added = await deskid(['accounts', 'add', '-'], `${uri}\n`);
    expect(added.stdout).toContain('Added 1 account.');
    const list = await deskid(['accounts', 'list', '--json']);
    expect(list.stdout).not.toContain(secret);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ issuer: 'Clinic Portal', label: 'dana', type: 'totp', digits: 6, period: 30 }),
    ]);

    const before = Date.now();
    const code = await deskid(['code', 'Clinic Portal', '--json']);
    const after = Date.now();
    const answer = JSON.parse(code.stdout) as { code: string; secondsLeft: number };
    const account = { ...parseOtpauthUri(uri), id: 'x', sortOrder: 0 };
    expect([generateCode(account, before).code, generateCode(account, after).code]).toContain(answer.code);
    expect(answer.secondsLeft).toBeGreaterThanOrEqual(1);
    expect(answer.secondsLeft).toBeLessThanOrEqual(30);
    // Shown again in the same 30 s step: the CLI says the code was already used here.
    const again = await deskid(['code', 'Clinic Portal']);
    expect(again.stdout).toMatch(/^\d{6} {2}Clinic Portal \(dana\), \d+ s left\n/);
    if (again.stdout.startsWith(answer.code)) expect(again.stdout).toContain('This code was already used here');
  });

  it('reports a duplicate instead of adding it twice', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    await deskid(['accounts', 'add', '-'], `${uri}\n`);
    const again = await deskid(['accounts', 'add', '-'], `${uri}\n`);
    expect(again.stdout).toContain('Added 0 accounts.');
    expect(again.stdout).toContain('is already here; not added again');
  });

  it('says an account twice in the import file was added once, apart from one already here', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    await deskid(['accounts', 'add', '-'], `${uri}\n`);
    const other = `otpauth://totp/Pharmacy:dana?secret=${secret.slice(0, 16)}&issuer=Pharmacy`;
    const file = path.join(dataDir, 'accounts.txt');
    await writeFile(file, `${other}\n${uri}\n${other}\n`, { mode: 0o600 });

    const run = await deskid(['accounts', 'import', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'Added 1 account.',
        '  + Pharmacy (dana)',
        '  = Clinic Portal (dana) is already here; not added again.',
        '  = Pharmacy (dana) appears twice in this file; added once.',
        '',
      ].join('\n'),
    );
    const list = JSON.parse((await deskid(['accounts', 'list', '--json'])).stdout) as { issuer: string }[];
    expect(list.map((account) => account.issuer)).toEqual(['Clinic Portal', 'Pharmacy']);

    // The same file again: every entry is now already here, none is "twice in this file".
    const again = await deskid(['accounts', 'import', file, '--json']);
    const answer = JSON.parse(again.stdout) as { added: unknown[]; duplicates: unknown[]; repeated: unknown[] };
    expect(answer).toMatchObject({ added: [], repeated: [] });
    expect(answer.duplicates).toHaveLength(3);
  });

  it('refuses a bad URI with a precise error and no secret in it', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    const run = await deskid(['accounts', 'add', '-'], 'otpauth://totp/X?secret=ABC\n');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).not.toBe('');
    expect(run.stderr).not.toContain('Something went wrong');
  });

  it('reads a QR code image', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    const image = path.join(dataDir, 'qr.png');
    await writeFile(image, await QRCode.toBuffer(uri));
    const run = await deskid(['accounts', 'add', image, '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'qr_image', added: [{ issuer: 'Clinic Portal' }] });
  });

  it('imports an encrypted Aegis export with the password from stdin', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    const file = path.join(repoRoot, 'test/fixtures/importers/aegis/aegis_encrypted.json');
    const run = await deskid(['accounts', 'import', file, '--password-stdin', '--json'], 'test\n');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { added: unknown[] }).added).toHaveLength(7);
    const wrong = await deskid(['accounts', 'import', file, '--password-stdin'], 'nope\n');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).not.toContain('nope');
  });

  it('exports an encrypted backup that restores into another profile', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    await deskid(['profiles', 'add', 'Lee']);
    await deskid(['accounts', 'add', '-', '--profile', 'Dana'], `${uri}\n`);
    const backup = path.join(dataDir, 'dana.deskid-backup');
    const exported = await deskid(
      ['accounts', 'export', '--encrypted', backup, '--passphrase-stdin', '--profile', 'Dana'],
      'correct horse battery staple\n',
    );
    expect(exported.status).toBe(0);
    const text = await readFile(backup, 'utf8');
    expect(text).not.toContain(secret);
    expect(text).not.toContain('Clinic Portal');
    const overwrite = await deskid(
      ['accounts', 'export', '--encrypted', backup, '--passphrase-stdin', '--profile', 'Dana'],
      'correct horse battery staple\n',
    );
    expect(overwrite.status).toBe(1);
    expect(overwrite.stderr).toContain('already exists');

    // Lee already has the same account under another id: the merge keeps it once.
    await deskid(['accounts', 'add', '-', '--profile', 'Lee'], `${uri}\n`);
    const restored = await deskid(
      ['accounts', 'restore', backup, '--passphrase-stdin', '--profile', 'Lee'],
      'correct horse battery staple\n',
    );
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('was already here; kept once');
    const list = JSON.parse((await deskid(['accounts', 'list', '--json', '--profile', 'Lee'])).stdout) as unknown[];
    expect(list).toEqual([expect.objectContaining({ issuer: 'Clinic Portal' })]);
  });
});

describe('deskid with a PIN', () => {
  it('needs the PIN, refuses a wrong one, and never reads it from argv', async () => {
    await deskid(['profiles', 'add', 'Lee', '--pin-stdin'], '482913\n');
    const noPin = await deskid(['accounts', 'list']);
    expect(noPin.status).toBe(1);
    expect(noPin.stderr).toContain('--pin-stdin');
    const wrong = await deskid(['accounts', 'list', '--pin-stdin', '--json'], '111111\n');
    expect(wrong.status).toBe(1);
    expect(JSON.parse(wrong.stderr)).toMatchObject({ error: { code: 'wrong_pin' } });
    const right = await deskid(['accounts', 'add', '-', '--pin-stdin'], `482913\n${uri}\n`);
    expect(right.status).toBe(0);
    const unknown = await deskid(['accounts', 'list', '--pin', '482913']);
    expect(unknown.status).toBe(2);
  });
});

describe('deskid doctor', () => {
  beforeEach(sharedDesktopOff);

  it('reports each check as ok or with a fix', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    const server = http.createServer((request, response) => {
      response.writeHead(request.url === '/healthz' ? 200 : 404, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const healthy = await deskid(['doctor', '--server', `http://127.0.0.1:${port}`]);
      expect(healthy.status).toBe(0);
      expect(healthy.stdout).toContain('ok   keychain: Secret Service reachable');
      expect(healthy.stdout).toContain('ok   vault of "Dana": healthy');
      expect(healthy.stdout).toContain(`ok   ID server http://127.0.0.1:${port}: reachable`);
    } finally {
      server.close();
    }
    const unreachable = await deskid(['doctor', '--server', `http://127.0.0.1:${port}`, '--json']);
    expect(unreachable.status).toBe(1);
    expect(JSON.parse(unreachable.stdout)).toContainEqual(
      expect.objectContaining({ check: `ID server http://127.0.0.1:${port}`, ok: false }),
    );
  });

  it('says what to do when the keychain cannot be reached', async () => {
    const run = await runDeskid(['--data-dir', dataDir, 'doctor'], {
      env: { ...env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/deskid-bus' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/FIX {2}keychain: DeskID cannot reach the Secret Service/);
  });

  it('flags a damaged vault and offers the previous copy', async () => {
    await deskid(['profiles', 'add', 'Dana']);
    await deskid(['accounts', 'add', '-'], `${uri}\n`);
    const [profile] = JSON.parse((await deskid(['profiles', 'list', '--json'])).stdout) as { id: string }[];
    const vaultFile = path.join(dataDir, 'profiles', profile?.id ?? '', 'vault.json');
    const text = await readFile(vaultFile, 'utf8');
    await writeFile(vaultFile, text.slice(0, text.length / 2));
    const run = await deskid(['doctor']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/FIX {2}vault of "Dana": its vault file is damaged\. The previous copy .* looks intact/);
  });
});

describe('deskid usage', () => {
  it('explains an unknown command and exits 2', async () => {
    const run = await deskid(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown command "frobnicate"');
    expect(run.stderr).toContain('Usage: deskid');
  });
});

describe('deskid PIN reset through the ID server', () => {
  it('sets up the reset after a sign-in, then resets a forgotten PIN with another sign-in', async () => {
    let serverNow = Date.UTC(2026, 0, 5, 9, 0, 0);
    const server = await startServer({
      port: 0,
      db: ':memory:',
      seed: 'demo',
      now: () => serverNow,
      argon2: { memoryKiB: 19_456, timeCost: 2, parallelism: 1 },
    });
    const demo = {
      ...parseOtpauthUri(`otpauth://totp/DeskID:demo.totp?secret=${demoTotpSecret}`),
      id: 'd',
      sortOrder: 0,
    };
    const totpNow = () => generateCode(demo, serverNow).code;
    try {
      await deskid(
        ['profiles', 'add', 'Tess', '--pin-stdin', '--server', server.url, '--username', 'demo.totp'],
        '482913\n',
      );
      const setup = await deskid(
        ['profiles', 'setup-pin-reset', 'Tess', '--pin-stdin', '--password-stdin'],
        `482913\n${demoPassword}\n${totpNow()}\n`,
      );
      expect(setup.stderr).toBe('');
      expect(setup.stdout).toContain('PIN reset is set up for "Tess"');

      serverNow += 60_000;
      const wrong = await deskid(
        ['profiles', 'reset-pin', 'Tess', '--pin-stdin', '--password-stdin'],
        `${demoPassword}\n000000\n111111\n`,
      );
      expect(wrong.status).toBe(1);
      expect(JSON.stringify(wrong.stderr)).not.toContain(demoPassword);

      serverNow += 60_000;
      const reset = await deskid(
        ['profiles', 'reset-pin', 'Tess', '--pin-stdin', '--password-stdin'],
        `${demoPassword}\n${totpNow()}\n731904\n`,
      );
      expect(reset.stdout).toContain('The PIN of "Tess" is reset.');
      expect((await deskid(['accounts', 'list', '--pin-stdin'], '731904\n')).status).toBe(0);
      expect((await deskid(['accounts', 'list', '--pin-stdin'], '482913\n')).status).toBe(1);
    } finally {
      await server.close();
    }
  });
});
