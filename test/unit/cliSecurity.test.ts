import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import QRCode from 'qrcode';
import { beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/browserHost';
import { craftedRtreeAccounts } from '../fixtures/importers/craftedRtreeAccounts';
import { runDeskid, type DeskidRun } from '../fixtures/runDeskid';

// Issue 9, points 11-13, through the real `deskid` in a child process, over a temporary
// data folder and the real Secret Service. Every profile here has a PIN, so the tests hold
// whether or not new profiles need one by default.
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const uri = `otpauth://totp/Clinic%20Portal:dana?secret=${secret}&issuer=Clinic%20Portal`;
const pin = '482913';
let dataDir: string;
let env: NodeJS.ProcessEnv;

const deskid = (args: string[], stdin = '', { killAfterMs }: { killAfterMs?: number } = {}) =>
  runDeskid(['--data-dir', dataDir, ...args], { stdin, env, ...(killAfterMs === undefined ? {} : { killAfterMs }) });

/** Anything a terminal would act on or reorder, other than the CLI's own tabs and line breaks. */
// eslint-disable-next-line no-control-regex
const terminalUnsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-cli-security-'));
  env = { DESKID_KEYCHAIN_SERVICE: `DeskID-cli-security-${randomUUID()}` };
});

async function addProfile(name: string, extra: string[] = []): Promise<void> {
  const added = await deskid(['profiles', 'add', name, '--pin-stdin', ...extra], `${pin}\n`);
  expect(added.status, added.stderr).toBe(0);
}

async function listAccounts(): Promise<unknown[]> {
  const list = await deskid(['accounts', 'list', '--json', '--pin-stdin'], `${pin}\n`);
  expect(list.status, list.stderr).toBe(0);
  return JSON.parse(list.stdout) as unknown[];
}

describe('accounts add never takes a secret from the command line (issue 9.11)', () => {
  it('refuses an otpauth or otpauth-migration URI argument, before anything else, without echoing it', async () => {
    await addProfile('Dana');
    for (const argument of [
      uri,
      `OTPAUTH://hotp/x?s%65cret=${secret}&counter=1`,
      `otpauth-migration://offline?data=${encodeURIComponent(secret)}`,
    ]) {
      // No PIN on stdin: the refusal must come before the PIN is asked for.
      const run = await deskid(['accounts', 'add', argument]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('deskid accounts add -');
      expect(run.stdout + run.stderr).not.toContain(secret);
      expect(run.stdout + run.stderr).not.toContain('s%65cret');
      const json = await deskid(['accounts', 'add', argument, '--json', '--pin-stdin'], `${pin}\n`);
      expect(json.status).toBe(1);
      expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'invalid_request' } });
      expect(json.stdout + json.stderr).not.toContain(secret);
    }
    expect(await listAccounts()).toEqual([]);
  });

  it('still adds a URI read from standard input, and a QR code image', async () => {
    await addProfile('Dana');
    const piped = await deskid(['accounts', 'add', '-', '--pin-stdin'], `${pin}\n${uri}\n`);
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout).toContain('Added 1 account.');
    const image = path.join(dataDir, 'qr.png');
    await writeFile(image, await QRCode.toBuffer(`otpauth://totp/Lab:lee?secret=${secret}&issuer=Lab`));
    const scanned = await deskid(['accounts', 'add', image, '--json', '--pin-stdin'], `${pin}\n`);
    expect(scanned.status, scanned.stderr).toBe(0);
    expect(JSON.parse(scanned.stdout)).toMatchObject({ format: 'qr_image', added: [{ issuer: 'Lab' }] });
    expect(await listAccounts()).toHaveLength(2);
  });
});

describe('a mistyped command line never echoes a URI or secret (review of issue 9, nit 10)', () => {
  it('names an unknown command, action or extra argument only when it is a plain word', async () => {
    for (const args of [
      [uri],
      ['accounts', uri],
      ['doctor', uri],
      [`--json`, 'accounts', secret.toLowerCase()],
      ['settings', uri],
      ['settings', 'set', uri, 'on'],
    ]) {
      const run = await deskid(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/Unknown|Too many/);
      expect(run.stdout + run.stderr).not.toMatch(/Clinic|secret=/i);
      expect((run.stdout + run.stderr).toUpperCase()).not.toContain(secret.slice(0, 16));
    }
    const plain = await deskid(['frobnicate']);
    expect(plain.status).toBe(2);
    expect(plain.stderr).toContain('Unknown command "frobnicate"');
  });
});

describe('the Google Authenticator database importer is bounded (issue 9.12)', () => {
  it('refuses an accounts VIEW over a never-ending recursive CTE instead of hanging', async () => {
    await addProfile('Dana');
    const file = path.join(dataDir, 'databases');
    const db = new Sqlite(file);
    db.exec(`CREATE VIEW accounts AS
      WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
      SELECT 1 AS _id, 'x' AS email, (SELECT count(*) FROM r) AS secret, NULL AS counter, 0 AS type, NULL AS issuer`);
    db.close();
    for (const action of ['import', 'add']) {
      const run = await deskid(['accounts', action, file, '--pin-stdin'], `${pin}\n`, { killAfterMs: 20_000 });
      expect(run.killed).toBe(false);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('Google Authenticator database');
      expect(run.stderr).not.toContain('Something went wrong');
    }
    expect(await listAccounts()).toEqual([]);
  });

  it('refuses a virtual accounts table disguised by a comment, whose scan never ends, instead of hanging', async () => {
    // Review of issue 9, finding 2: `CREATE/**/VIRTUAL TABLE accounts USING rtree(…)` over
    // a node graph of 2^34 paths. The child is killed if it hangs in native code.
    await addProfile('Dana');
    const file = path.join(dataDir, 'databases');
    await writeFile(file, craftedRtreeAccounts({ hang: true }));
    const run = await deskid(['accounts', 'import', file, '--pin-stdin'], `${pin}\n`, { killAfterMs: 20_000 });
    expect(run.killed).toBe(false);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not a plain table');
    expect(await listAccounts()).toEqual([]);
  });

  it('still imports a real Google Authenticator database', async () => {
    await addProfile('Dana');
    const file = path.join(repoRoot, 'test/fixtures/importers/google_authenticator/google_authenticator.sqlite');
    const run = await deskid(['accounts', 'import', file, '--json', '--pin-stdin'], `${pin}\n`);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'google_authenticator_db' });
  });
});

/** A hostile ID server on loopback: every answer is `answer(path)`. */
async function withServer(
  answer: (path: string) => { status: number; body: unknown },
  work: (url: string) => Promise<void>,
): Promise<void> {
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const { status, body } = answer(request.url ?? '');
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await work(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const hostile = 'Wrong\u001b[2J\u001b]0;pwned\u0007 password\u009b31m\u202eevil\u2066\r\nFAKE: all good';

function expectTerminalSafe(run: DeskidRun): void {
  expect(run.stdout).not.toMatch(terminalUnsafe);
  expect(run.stderr).not.toMatch(terminalUnsafe);
}

describe('text from an ID server reaches the terminal clean, and only over https (issue 9.13)', () => {
  it('strips control characters and bidi controls from a server error message, in text and JSON', async () => {
    await withServer(
      () => ({ status: 401, body: { error: { code: 'invalid_credentials', message: hostile } } }),
      async (url) => {
        await addProfile('Tess', ['--server', url, '--username', 'tess']);
        const run = await deskid(['profiles', 'reset-pin', 'Tess', '--pin-stdin', '--password-stdin'], 'pw\n');
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/^Wrong \[2J \]0;pwned password 31m evil FAKE: all good\n$/);
        expect(run.stderr).not.toMatch(/\nFAKE/);
        expectTerminalSafe(run);
        const json = await deskid(
          ['profiles', 'reset-pin', 'Tess', '--pin-stdin', '--password-stdin', '--json'],
          'pw\n',
        );
        expect(json.status).toBe(1);
        expectTerminalSafe(json);
        const { error } = JSON.parse(json.stderr) as { error: { code: string; message: string } };
        expect(error.code).toBe('invalid_credentials');
        expect(error.message).not.toMatch(terminalUnsafe);
      },
    );
  });

  it('strips them from other server text the CLI prints (a masked phone number)', async () => {
    const masked = '\u001b]0;pwned\u0007+1 ***-***-0123\u202e\u009b2J';
    await withServer(
      (requested) =>
        requested.endsWith('/sign-in/password')
          ? {
              status: 200,
              body: {
                status: 'mfa_required',
                transaction: 't1',
                methods: ['phone'],
                phones: [{ factorId: 'p1', masked, channels: ['sms'] }],
              },
            }
          : { status: 202, body: { expiresIn: 300, resendAfter: 30 } },
      async (url) => {
        await addProfile('Tess', ['--server', url, '--username', 'tess']);
        // Standard input ends after the password: DeskID says which code it expected.
        const run = await deskid(['profiles', 'reset-pin', 'Tess', '--pin-stdin', '--password-stdin'], 'pw\n');
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('+1 ***-***-0123');
        expectTerminalSafe(run);
      },
    );
  });

  it('refuses plain http to a server that is not on loopback, and says to use https', async () => {
    // A profile is never linked to one: the address is refused when it is given.
    const link = ['profiles', 'add', 'Tess', '--server', 'http://example.org', '--username', 'tess', '--pin-stdin'];
    const added = await deskid(link, `${pin}\n`);
    expect(added.status).toBe(1);
    expect(added.stderr).toContain('Use https://example.org');
    expect(added.stderr).not.toContain('cannot be reached');
    const doctor = await deskid(['doctor', '--server', 'http://example.org']);
    expect(doctor.status).toBe(1);
    expect(doctor.stdout).toMatch(/FIX {2}ID server http:\/\/example\.org: .*https:\/\//);
  });

  it('doctor follows no redirect: a server that sends it elsewhere is reported, not counted as reachable', async () => {
    // Review of issue 9, finding 3: the loopback server answers 307 to a plain-http address.
    let reached = 0;
    const elsewhere = http.createServer((request, response) => {
      reached += 1;
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const port = (elsewhere.address() as { port: number }).port;
    const redirecting = http.createServer((request, response) => {
      request.resume();
      response.writeHead(307, { location: `http://localhost:${port}/healthz` }).end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(redirecting.address() as { port: number }).port}`;
      const doctor = await deskid(['doctor', '--server', url]);
      expect(doctor.status).toBe(1);
      expect(doctor.stdout).toContain(`FIX  ID server ${url}: redirects`);
      expect(reached).toBe(0);
    } finally {
      await new Promise((resolve) => redirecting.close(resolve));
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });
});
