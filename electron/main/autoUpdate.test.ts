import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MachinePolicy } from '../services/policy/MachinePolicy';
import { jsonPolicySource } from '../services/policy/jsonPolicySource';
import { startAutoUpdate, type Updater } from './autoUpdate';

// The glue with a real policy file and a real install layout (resources/app-update.yml as
// electron-builder writes it); electron-updater itself is replaced by a recorder, since no
// Electron runtime (nor an update feed) exists here.
let folder: string;
const saved = { resourcesPath: process.resourcesPath, appImage: process.env.APPIMAGE };

/** Electron sets `process.resourcesPath` (read-only in its types); plain Node has none. */
function setResourcesPath(value: string | undefined): void {
  Object.defineProperty(process, 'resourcesPath', { value, configurable: true, writable: true });
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'deskid-autoupdate-'));
  await mkdir(path.join(folder, 'resources'));
  await writeFile(path.join(folder, 'resources', 'app-update.yml'), 'provider: github\n');
  setResourcesPath(path.join(folder, 'resources'));
});
afterEach(async () => {
  setResourcesPath(saved.resourcesPath);
  if (saved.appImage === undefined) delete process.env.APPIMAGE;
  else process.env.APPIMAGE = saved.appImage;
  await rm(folder, { recursive: true, force: true });
});

async function policyWith(values: Record<string, unknown>): Promise<MachinePolicy> {
  const file = path.join(folder, 'policy.json');
  await writeFile(file, JSON.stringify(values));
  return new MachinePolicy({ sources: [jsonPolicySource(file)] });
}

function recorder(result: () => Promise<unknown> = () => Promise.resolve(null)) {
  const check = vi.fn(result);
  const updater: Updater = { checkForUpdatesAndNotify: check };
  return { check, load: vi.fn(() => Promise.resolve(updater)) };
}

describe.skipIf(process.platform !== 'linux')('startAutoUpdate (on Linux)', () => {
  it('never loads electron-updater while policy leaves autoUpdate off', async () => {
    process.env.APPIMAGE = path.join(folder, 'DeskID.AppImage');
    const { load } = recorder();
    const decision = startAutoUpdate({ isPackaged: true }, await policyWith({}), vi.fn(), load);
    expect(decision.update).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('checks for updates in an AppImage when policy turns autoUpdate on', async () => {
    process.env.APPIMAGE = path.join(folder, 'DeskID.AppImage');
    const { load, check } = recorder();
    const decision = startAutoUpdate({ isPackaged: true }, await policyWith({ autoUpdate: true }), vi.fn(), load);
    expect(decision).toEqual({ update: true, reason: 'policy autoUpdate is on (appimage install)' });
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
  });

  it('leaves a deb or rpm install to the package manager even with policy on', async () => {
    delete process.env.APPIMAGE;
    const { load } = recorder();
    const decision = startAutoUpdate({ isPackaged: true }, await policyWith({ autoUpdate: true }), vi.fn(), load);
    expect(decision.update).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('logs a failed check and goes on', async () => {
    process.env.APPIMAGE = path.join(folder, 'DeskID.AppImage');
    const failure = new Error('update feed unreachable');
    const { load } = recorder(() => Promise.reject(failure));
    const onError = vi.fn();
    startAutoUpdate({ isPackaged: true }, await policyWith({ autoUpdate: true }), onError, load);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
  });
});
