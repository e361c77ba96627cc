import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonPolicySource } from './jsonPolicySource';
import { MachinePolicy } from './MachinePolicy';
import type { PolicyWarning } from './PolicySource';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-policy-'));
  file = path.join(dir, 'policy.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('MachinePolicy', () => {
  it('reads at start, reports its warnings, and answers what it enforces', async () => {
    await writeFile(file, JSON.stringify({ allowExport: false, autoLockMinutes: 'ten', allowGlobalShortcut: false }));
    const warnings: PolicyWarning[] = [];
    const policy = new MachinePolicy({ sources: [jsonPolicySource(file)], warn: (warning) => warnings.push(warning) });
    expect(policy.enforced()).toEqual({ allowExport: false, allowGlobalShortcut: false });
    expect(policy.allowGlobalShortcut()).toBe(false);
    expect(warnings).toMatchObject([{ key: 'autoLockMinutes', source: file, reason: /number/ }]);
  });

  it('picks up a change to the watched file while running, and a file put in its place', async () => {
    const policy = new MachinePolicy({ sources: [jsonPolicySource(file)] });
    expect(policy.enforced()).toEqual({});
    const changed = vi.fn();
    policy.onChange(changed);
    const stop = policy.watch({ debounceMs: 50 });
    try {
      await writeFile(file, JSON.stringify({ allowImport: false }));
      await vi.waitFor(() => expect(policy.enforced()).toEqual({ allowImport: false }), { timeout: 10_000 });
      expect(changed).toHaveBeenCalled();
      // Configuration management writes a new file and renames it over the old one.
      await writeFile(path.join(dir, 'next.tmp'), JSON.stringify({ allowImport: true, autoLockMinutes: 7 }));
      await rename(path.join(dir, 'next.tmp'), file);
      await vi.waitFor(() => expect(policy.enforced()).toEqual({ allowImport: true, autoLockMinutes: 7 }), {
        timeout: 10_000,
      });
      await rm(file);
      await vi.waitFor(() => expect(policy.enforced()).toEqual({}), { timeout: 10_000 });
    } finally {
      stop();
    }
  });

  it('watches nothing, and does not fail, when the policy folder does not exist', () => {
    const policy = new MachinePolicy({ sources: [jsonPolicySource(path.join(dir, 'absent', 'policy.json'))] });
    const stop = policy.watch();
    expect(policy.enforced()).toEqual({});
    stop();
  });
});
