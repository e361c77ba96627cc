import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempPolicyFile } from '../../../test/fixtures/tempPolicyFile';
import { jsonPolicySource } from './jsonPolicySource';
import { MachinePolicy } from './MachinePolicy';
import type { PolicyWarning } from './PolicySource';
import { registryPolicySource } from './registryPolicySource';

const temp = useTempPolicyFile();

describe('MachinePolicy', () => {
  it('reads at start, reports its warnings, and answers what it enforces', async () => {
    await writeFile(
      temp.file,
      JSON.stringify({ allowExport: false, autoLockMinutes: 'ten', allowGlobalShortcut: false }),
    );
    const warnings: PolicyWarning[] = [];
    const policy = new MachinePolicy({
      sources: [jsonPolicySource(temp.file)],
      warn: (warning) => warnings.push(warning),
    });
    expect(policy.enforced()).toEqual({ allowExport: false, allowGlobalShortcut: false });
    expect(policy.allowGlobalShortcut()).toBe(false);
    expect(warnings).toMatchObject([{ key: 'autoLockMinutes', source: temp.file, reason: /number/ }]);
  });

  it('picks up a change to the watched file while running, and a file put in its place', async () => {
    const policy = new MachinePolicy({ sources: [jsonPolicySource(temp.file)] });
    expect(policy.enforced()).toEqual({});
    const changed = vi.fn();
    policy.onChange(changed);
    const stop = policy.watch({ debounceMs: 50 });
    try {
      await writeFile(temp.file, JSON.stringify({ allowImport: false }));
      await vi.waitFor(() => expect(policy.enforced()).toEqual({ allowImport: false }), { timeout: 10_000 });
      expect(changed).toHaveBeenCalled();
      // Configuration management writes a new file and renames it over the old one.
      await writeFile(path.join(temp.dir, 'next.tmp'), JSON.stringify({ allowImport: true, autoLockMinutes: 7 }));
      await rename(path.join(temp.dir, 'next.tmp'), temp.file);
      await vi.waitFor(() => expect(policy.enforced()).toEqual({ allowImport: true, autoLockMinutes: 7 }), {
        timeout: 10_000,
      });
      await rm(temp.file);
      await vi.waitFor(() => expect(policy.enforced()).toEqual({}), { timeout: 10_000 });
    } finally {
      stop();
    }
  });

  it('reads a source without a file (the registry) again on a timer, and tells only of a change', async () => {
    let output: string | null = null;
    const registry = registryPolicySource('HKLM', () => output);
    const policy = new MachinePolicy({ sources: [registry] });
    const changed = vi.fn();
    policy.onChange(changed);
    const stop = policy.watch({ pollMs: 20 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(changed).not.toHaveBeenCalled();
      output = ['', 'HKEY_LOCAL_MACHINE\\Software\\Policies\\DeskID', '    allowExport    REG_DWORD    0x0', ''].join(
        '\r\n',
      );
      await vi.waitFor(() => expect(policy.enforced()).toEqual({ allowExport: false }), { timeout: 10_000 });
      expect(changed).toHaveBeenCalledTimes(1);
    } finally {
      stop();
    }
    output = null;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(policy.enforced()).toEqual({ allowExport: false });
  });

  it('keeps the values a source last gave while it cannot be read, with the warning; a removed file clears them', async () => {
    let fails = false;
    const registry = registryPolicySource('HKLM', () => {
      if (fails) throw new Error('reg.exe timed out');
      return ['', 'HKEY_LOCAL_MACHINE\\Software\\Policies\\DeskID', '    allowExport    REG_DWORD    0x0', ''].join(
        '\r\n',
      );
    });
    await writeFile(temp.file, JSON.stringify({ allowImport: false }));
    const warnings: PolicyWarning[] = [];
    const policy = new MachinePolicy({
      sources: [registry, jsonPolicySource(temp.file)],
      warn: (w) => warnings.push(w),
    });
    expect(policy.enforced()).toEqual({ allowExport: false, allowImport: false });

    fails = true;
    await writeFile(temp.file, '{"allowImport": fal'); // caught half written
    policy.reload();
    expect(policy.enforced()).toEqual({ allowExport: false, allowImport: false });
    expect(warnings.map((w) => w.reason)).toEqual([
      expect.stringMatching(/cannot be read: reg.exe timed out/),
      expect.stringMatching(/JSON/),
    ]);

    fails = false;
    await rm(temp.file);
    policy.reload();
    expect(policy.enforced()).toEqual({ allowExport: false });
  });

  it('watches nothing, and does not fail, when the policy folder does not exist', () => {
    const policy = new MachinePolicy({ sources: [jsonPolicySource(path.join(temp.dir, 'absent', 'policy.json'))] });
    const stop = policy.watch();
    expect(policy.enforced()).toEqual({});
    stop();
  });
});
