import { execFileSync } from 'node:child_process';
import { parseRegQuery, type RegistryValue } from './parseRegQuery';
import { isPolicyKey, policyDefinitions, policyKeys } from './policySchema';
import { emptyLayer, reasonOf, type PolicySource } from './PolicySource';

/** The registry key Group Policy writes DeskID's settings to, under HKLM or HKCU. */
export const policyRegistryPath = 'Software\\Policies\\DeskID';

/** Runs `reg query <key>` and answers its output, or null when the key does not exist. */
export type RegQuery = (key: string) => string | null;

/**
 * Windows' own `reg.exe` (only ever called on Windows). It exits with 1 when the key is
 * absent. One that hangs is stopped after 10 s (the read is then a warning, and the values
 * last read hold: `MachinePolicy.reload`).
 */
export const runRegQuery: RegQuery = (key) => {
  try {
    return execFileSync('reg', ['query', key], { encoding: 'utf8', windowsHide: true, timeout: 10_000 });
  } catch (error) {
    if ((error as { status?: unknown }).status === 1) return null;
    throw error;
  }
};

/**
 * Machine policy from the Windows registry (`HKLM\Software\Policies\DeskID` or
 * `HKCU\…`), read through `reg query` and {@link parseRegQuery}. Value names match the
 * settings' names without regard to case; DWORDs 0/1 are switches, `REG_MULTI_SZ` (or a
 * comma-separated `REG_SZ`) are lists.
 */
export function registryPolicySource(hive: 'HKLM' | 'HKCU', query: RegQuery = runRegQuery): PolicySource {
  const key = `${hive}\\${policyRegistryPath}`;
  return {
    name: key,
    read() {
      let output: string | null;
      try {
        output = query(key);
      } catch (error) {
        return emptyLayer(key, [{ key: null, source: key, reason: `cannot be read: ${reasonOf(error)}` }]);
      }
      if (output === null) return emptyLayer(key);
      const values: Record<string, unknown> = {};
      for (const [name, stored] of Object.entries(parseRegQuery(output))) {
        const policyKey = policyKeys.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
        values[policyKey ?? name] = policyKey === undefined ? stored.value : toPolicyValue(policyKey, stored);
      }
      return { source: key, values, warnings: [] };
    },
  };
}

/** A registry value in the form the setting's schema checks (a wrong type is left for it to refuse). */
function toPolicyValue(key: string, stored: RegistryValue): unknown {
  if (!isPolicyKey(key)) return stored.value;
  const { kind } = policyDefinitions[key];
  const { value } = stored;
  if (kind === 'boolean' && (value === 0 || value === 1)) return value === 1;
  if (kind === 'integer' && typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  if (kind === 'list' && typeof value === 'string') {
    return value
      .split(/[,;]/)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  return value;
}
