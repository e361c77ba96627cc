import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeOutDir } from '../../scripts/buildNode';
import { runDeskid } from '../fixtures/runDeskid';

// The built `deskid` runs with a module hook (registered through NODE_OPTIONS) that writes
// down every file Node loads; the build's metafile (dist/node/meta.json) says which sources
// each bundle file holds. So these tests see what a command really reads, not what its
// source imports.
const recordHooks = `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function load(url, context, next) { appendFileSync(log, url + '\\n'); return next(url, context); }`;
const registerHooks = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(recordHooks)}`)}, { data: { log: process.env.DESKID_LOAD_LOG } });`;

const uri = 'otpauth://totp/Clinic%20Portal:dana?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Clinic%20Portal';
let dataDir: string;
let env: NodeJS.ProcessEnv;

/** Runs `deskid ARGS` and answers the sources it loaded (its exit status must be 0). */
async function sourcesLoadedBy(args: string[]): Promise<string[]> {
  return (await loadedBy(args)).sources;
}

/**
 * Runs `deskid ARGS` (its exit status must be 0) and answers the sources it loaded from the
 * bundles, and the paths of the other files it loaded (the native packages, outside them).
 */
async function loadedBy(args: string[], stdin = ''): Promise<{ sources: string[]; files: string[] }> {
  const log = path.join(dataDir, `loads-${randomUUID()}.txt`);
  appendFileSync(log, '');
  const run = await runDeskid(['--data-dir', dataDir, ...args], {
    stdin,
    env: {
      ...env,
      DESKID_LOAD_LOG: log,
      NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(registerHooks)}`,
    },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const meta = JSON.parse(await readFile(path.join(nodeOutDir, 'meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const byFile = new Map(
    Object.entries(meta.outputs).map(([file, output]) => [path.basename(file), Object.keys(output.inputs)]),
  );
  const loaded = (await readFile(log, 'utf8')).split('\n').filter((url) => url.startsWith('file:'));
  const files = loaded.map((url) => fileURLToPath(url));
  const bundleFiles = files.filter((file) => path.dirname(file) === nodeOutDir);
  expect(bundleFiles).toContain(path.join(nodeOutDir, 'deskid.mjs'));
  return {
    sources: bundleFiles.flatMap((file) => byFile.get(path.basename(file)) ?? []),
    files: files.filter((file) => path.dirname(file) !== nodeOutDir),
  };
}

// ImportResult.ts is the list of import format names (the audit log's account sources use
// it); the importers themselves are every other module of that folder.
const importers = /^electron\/services\/importers\/(?!ImportResult\.ts$)/;
const qrDecoder = 'node_modules/jsqr/';
const idServerClient = /^electron\/services\/idserver\/IdServerClient\.ts$/;
// Machine policy's readers (the macOS property-list parser among them): `code` consults
// machine policy only for a profile without a PIN, and the keychain no longer comes with
// the hosts' wiring.
const policyReaders =
  /^(electron\/services\/policy\/(MachinePolicy|defaultPolicySources|\w+PolicySource)\.ts$|node_modules\/(plist|@xmldom|xmlbuilder)\/)/;
const argon2 = `${path.sep}node_modules${path.sep}argon2${path.sep}`;
const keyring = `${path.sep}node_modules${path.sep}@napi-rs${path.sep}keyring${path.sep}`;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-loads-'));
  env = { DESKID_KEYCHAIN_SERVICE: `DeskID-loads-test-${randomUUID()}` };
  expect((await runDeskid(['--data-dir', dataDir, 'settings', 'set', 'shared-desktop', 'off'], { env })).status).toBe(
    0,
  );
  expect((await runDeskid(['--data-dir', dataDir, 'profiles', 'add', 'Dana'], { env })).status).toBe(0);
  const added = await runDeskid(['--data-dir', dataDir, 'accounts', 'add', '-'], { env, stdin: `${uri}\n` });
  expect(added.status).toBe(0);
});

describe('the built deskid loads what a command needs, when it needs it', () => {
  it('accounts reads the importers and the QR decoder (so the hook does see them load)', async () => {
    const sources = await sourcesLoadedBy(['accounts', 'list']);
    expect(sources).toContain('electron/cli/commands/accountsCommand.ts');
    expect(sources.some((source) => importers.test(source))).toBe(true);
    expect(sources.some((source) => source.includes(qrDecoder))).toBe(true);
  });

  it('code reads neither the importers, the QR decoder nor the ID-server client', async () => {
    const sources = await sourcesLoadedBy(['code', 'Clinic Portal']);
    expect(sources).toContain('electron/cli/commands/codeCommand.ts');
    expect(sources.filter((source) => importers.test(source))).toEqual([]);
    expect(sources.filter((source) => source.includes(qrDecoder))).toEqual([]);
    expect(sources.filter((source) => idServerClient.test(source))).toEqual([]);
    expect(sources).not.toContain('electron/cli/commands/accountsCommand.ts');
  });

  it('code on a profile without a PIN asks machine policy whether one is required, loads no Argon2id, and reaches the keychain', async () => {
    const { sources, files } = await loadedBy(['code', 'Clinic Portal']);
    // Policy's sharedDesktopMode may require a PIN: a profile without one must ask it.
    expect(sources.some((source) => policyReaders.test(source))).toBe(true);
    expect(files.filter((file) => file.includes(argon2))).toEqual([]);
    expect(files.some((file) => file.includes(keyring))).toBe(true);
  });

  it('code on a profile with a PIN loads no machine-policy reader (it opens with the PIN whatever the mode)', async () => {
    expect(
      (await runDeskid(['--data-dir', dataDir, 'profiles', 'add', 'Lee', '--pin-stdin'], { env, stdin: '482913\n' }))
        .status,
    ).toBe(0);
    const added = await runDeskid(['--data-dir', dataDir, 'accounts', 'add', '-', '--profile', 'Lee', '--pin-stdin'], {
      env,
      stdin: `482913\n${uri}\n`,
    });
    expect(added.status).toBe(0);
    const { sources, files } = await loadedBy(['code', 'Clinic Portal', '--profile', 'Lee', '--pin-stdin'], '482913\n');
    expect(sources.filter((source) => policyReaders.test(source))).toEqual([]);
    expect(files.some((file) => file.includes(argon2))).toBe(true);
  });

  it('help loads neither native module (no keychain, no Argon2id)', async () => {
    const { files } = await loadedBy(['help']);
    expect(files.filter((file) => file.includes(keyring) || file.includes(argon2))).toEqual([]);
  });
});
