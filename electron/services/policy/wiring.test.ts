import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { createAppContext } from '../app/createAppContext';
import { jsonPolicySource } from './jsonPolicySource';
import { MachinePolicy } from './MachinePolicy';
import { settingsUnderPolicy } from './settingsUnderPolicy';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-policy-'));
  file = path.join(dir, 'policy.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('machine policy in the wiring', () => {
  it("createAppContext uses policy's serverUrl when no --server is given, and --server when it is", async () => {
    await writeFile(file, JSON.stringify({ serverUrl: 'https://id.clinic.example' }));
    const env = { DESKID_POLICY_FILE: file };
    const fromPolicy = createAppContext({ hostKind: 'browser', version: '1', dataDir: dir, env });
    expect(fromPolicy.idServer).toEqual({ url: 'https://id.clinic.example', embedded: false });
    const given = createAppContext({
      hostKind: 'browser',
      version: '1',
      dataDir: dir,
      env,
      server: 'https://other.example',
    });
    expect(given.idServer).toEqual({ url: 'https://other.example', embedded: false });
    expect(createAppContext({ hostKind: 'browser', version: '1', dataDir: dir, env: {} }).idServer.embedded).toBe(true);
  });

  it('the settings in force take what policy sets over the file, and refuse changing it', async () => {
    await writeFile(file, JSON.stringify({ autoLockMinutes: 2, allowExport: false }));
    const policy = new MachinePolicy({ sources: [jsonPolicySource(file)] });
    const settings = settingsUnderPolicy(dir, policy);
    await settings.update({ autoLockMinutes: 2, clipboardClearSeconds: 12 });
    expect(await settings.read()).toMatchObject({
      autoLockMinutes: 2,
      clipboardClearSeconds: 12,
      exportAllowed: false,
    });
    // The file keeps only the person's own choices.
    expect(await settings.readStored()).toEqual({ sharedDesktopMode: true, clipboardClearSeconds: 12 });
    const error = await deskIdFailure(settings.update({ autoLockMinutes: 9 }));
    expect(error.code).toBe('set_by_policy');
    expect(error.message).toMatch(/set by your organization/);
  });
});
