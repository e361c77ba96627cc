import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { useTempPolicyFile } from '../../../test/fixtures/tempPolicyFile';
import { NapiKeychain } from '../../services/keychain/NapiKeychain';
import { runCli } from '../runCli';

const temp = useTempPolicyFile();

/** Runs `deskid <args>` in this process with DESKID_POLICY_FILE pointing at the test's file. */
async function deskid(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const status = await runCli(
    [...args, '--data-dir', path.join(temp.dir, 'data')],
    { stdin: new PassThrough(), stdout, stderr, env: { DESKID_POLICY_FILE: temp.file } },
    new NapiKeychain(`deskid-test-policy-${randomUUID()}`),
  );
  return { status, stdout: out, stderr: err };
}

describe('deskid policy show', () => {
  it('prints every setting in force, where it came from, and the warnings', async () => {
    await writeFile(
      temp.file,
      JSON.stringify({ allowExport: false, autoLockMinutes: 'x', allowedMethods: ['passkey'], zone: 1 }),
    );
    const { status, stdout } = await deskid(['policy', 'show']);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^allowExport +false +\\[policy: ${temp.file}\\]$`)));
    expect(lines).toContainEqual(expect.stringMatching(/^allowedMethods +passkey +\[policy: /));
    expect(lines).toContainEqual(expect.stringMatching(/^autoLockMinutes +5 +\[default\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^serverUrl +\(not set\) +\[default\]$/));
    expect(lines).toContainEqual(`warning: "zone" in ${temp.file} is not a DeskID setting; it is ignored`);
    expect(lines).toContainEqual(expect.stringMatching(/^warning: "autoLockMinutes" in .* expected number/));
  });

  it('answers the same as JSON with --json', async () => {
    await writeFile(temp.file, JSON.stringify({ supportContact: 'IT desk' }));
    const { status, stdout } = await deskid(['policy', 'show', '--json']);
    expect(status).toBe(0);
    const answer = JSON.parse(stdout) as { settings: { name: string; origin: string }[]; warnings: unknown[] };
    expect(answer.settings.find((setting) => setting.name === 'supportContact')).toMatchObject({
      value: 'IT desk',
      origin: 'policy',
      source: temp.file,
    });
    expect(answer.warnings).toEqual([]);
  });

  it('refuses another action with the usage', async () => {
    const { status, stderr } = await deskid(['policy', 'set']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/Unknown policy action "set"\. Actions: show\./);
  });
});

describe('deskid accounts under machine policy', () => {
  it('refuses an import and a restore when policy switches imports off', async () => {
    await writeFile(temp.file, JSON.stringify({ allowImport: false }));
    const imported = await deskid(['accounts', 'import', temp.file]);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(/Importing accounts is switched off on this computer by your organization/);
    const restored = await deskid(['accounts', 'restore', temp.file]);
    expect(restored.status).toBe(1);
    expect(restored.stderr).toMatch(/switched off/);
  });
});
