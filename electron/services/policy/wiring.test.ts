import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useTempPolicyFile } from '../../../test/fixtures/tempPolicyFile';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { createAppContext } from '../app/createAppContext';
import { jsonPolicySource } from './jsonPolicySource';
import { MachinePolicy } from './MachinePolicy';
import { settingsUnderPolicy } from './settingsUnderPolicy';

const temp = useTempPolicyFile();

describe('machine policy in the wiring', () => {
  it("createAppContext uses policy's serverUrl when no --server is given, and --server when it is", async () => {
    await writeFile(temp.file, JSON.stringify({ serverUrl: 'https://id.clinic.example' }));
    const env = { DESKID_POLICY_FILE: temp.file };
    const fromPolicy = createAppContext({ hostKind: 'browser', version: '1', dataDir: temp.dir, env });
    expect(fromPolicy.idServer).toEqual({ url: 'https://id.clinic.example', embedded: false });
    const given = createAppContext({
      hostKind: 'browser',
      version: '1',
      dataDir: temp.dir,
      env,
      server: 'https://other.example',
    });
    expect(given.idServer).toEqual({ url: 'https://other.example', embedded: false });
    expect(createAppContext({ hostKind: 'browser', version: '1', dataDir: temp.dir, env: {} }).idServer.embedded).toBe(
      true,
    );
  });

  it('the settings in force take what policy sets over the file, and refuse changing it', async () => {
    await writeFile(temp.file, JSON.stringify({ autoLockMinutes: 2, allowExport: false }));
    const policy = new MachinePolicy({ sources: [jsonPolicySource(temp.file)] });
    const settings = settingsUnderPolicy(temp.dir, policy);
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
