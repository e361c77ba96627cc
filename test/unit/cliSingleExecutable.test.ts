import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../electron/services/authenticator/generateCode';
import { parseOtpauthUri } from '../../electron/services/authenticator/parseOtpauthUri';
import { buildSea, seaExecutableIn } from '../../scripts/buildSea';
import { runOnTerminal } from '../fixtures/terminal';
import { expectDoctorReachesKeychain } from '../fixtures/runDeskid';

// `npm run build:cli-sea`'s executable, built into a folder of its own and run from
// another one, as a desktop without Node.js runs it (only its node_modules beside it).
let seaDir: string;

beforeAll(async () => {
  seaDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-sea-'));
  await buildSea({ outDir: seaDir });
}, 600_000);

afterAll(async () => {
  await rm(seaDir, { recursive: true, force: true });
});

function runExecutable(args: string[], stdin: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(seaExecutableIn(seaDir), args, { cwd: os.tmpdir(), env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** `deskid ARGS` on a real pseudo-terminal, answering each prompt once shown. */
function deskidOnTerminal(args: string[], answers: Record<string, string>, env: NodeJS.ProcessEnv): Promise<string> {
  return runOnTerminal([seaExecutableIn(seaDir), ...args], answers, { env, cwd: os.tmpdir() });
}

describe('deskid as a single executable', () => {
  it('runs doctor and code on the real keychain', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-sea-data-'));
    const env = { DESKID_KEYCHAIN_SERVICE: `DeskID-sea-test-${randomUUID()}`, NODE_PATH: '' };
    const deskid = (args: string[], stdin = '') => runExecutable(['--data-dir', dataDir, ...args], stdin, env);
    await expectDoctorReachesKeychain(deskid);
    const uri = 'otpauth://totp/Clinic%20Portal:dana?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Clinic%20Portal';
    expect((await deskid(['settings', 'set', 'shared-desktop', 'off'])).status).toBe(0);
    expect((await deskid(['profiles', 'add', 'Dana', '--pin-stdin'], '482913\n')).status).toBe(0);
    expect((await deskid(['--pin-stdin', 'accounts', 'add', '-'], `482913\n${uri}\n`)).status).toBe(0);
    const before = Date.now();
    const code = await deskid(['--pin-stdin', 'code', 'Clinic Portal', '--json'], '482913\n');
    const after = Date.now();
    expect(code.stderr).toBe('');
    const account = { ...parseOtpauthUri(uri), id: 'x', sortOrder: 0 };
    const answer = JSON.parse(code.stdout) as { code: string };
    expect([generateCode(account, before).code, generateCode(account, after).code]).toContain(answer.code);
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('makes new random ids at each run: the snapshot (taken after a warm-up that made ids) holds no randomness', async () => {
    const env = { DESKID_KEYCHAIN_SERVICE: `DeskID-sea-ids-test-${randomUUID()}`, NODE_PATH: '' };
    const dirs = [
      await mkdtemp(path.join(os.tmpdir(), 'deskid-sea-ids-')),
      await mkdtemp(path.join(os.tmpdir(), 'deskid-sea-ids-')),
    ];
    const uri = (label: string) => `otpauth://totp/Clinic:${label}?secret=JBSWY3DPEHPK3PXP&issuer=Clinic\n`;
    const profileIds: string[] = [];
    for (const dir of dirs) {
      const deskid = (args: string[], stdin = '') => runExecutable(['--data-dir', dir, ...args], stdin, env);
      expect((await deskid(['settings', 'set', 'shared-desktop', 'off'])).status).toBe(0);
      expect((await deskid(['profiles', 'add', 'Dana'])).status).toBe(0);
      const [profile] = JSON.parse((await deskid(['profiles', 'list', '--json'])).stdout) as { id: string }[];
      profileIds.push(profile?.id ?? '');
      expect((await deskid(['accounts', 'add', '-'], uri('one'))).status).toBe(0);
      expect((await deskid(['accounts', 'add', '-'], uri('two'))).status).toBe(0);
      const accounts = JSON.parse((await deskid(['accounts', 'list', '--json'])).stdout) as {
        id: string;
        label: string;
      }[];
      expect(accounts.map((account) => account.label).sort()).toEqual(['one', 'two']);
      expect(new Set(accounts.map((account) => account.id)).size).toBe(2);
      expect((await deskid(['profiles', 'remove', 'Dana', '--yes'])).status).toBe(0);
    }
    expect(new Set(profileIds).size).toBe(2);
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }, 120_000);

  it('asks for a PIN at a terminal (the prompt loads when shown, after the snapshot)', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-sea-tty-'));
    const env = { DESKID_KEYCHAIN_SERVICE: `DeskID-sea-tty-test-${randomUUID()}`, NODE_PATH: '' };
    const screen = await deskidOnTerminal(
      ['--data-dir', dataDir, 'profiles', 'add', 'Lee', '--pin'],
      { 'New PIN for Lee:': '482913', 'Type the PIN for Lee again:': '482913' },
      env,
    );
    expect(screen).toContain('Added profile "Lee" with a PIN.');
    expect(screen).not.toContain('482913');
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);
});
