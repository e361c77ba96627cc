import { describe, expect, it } from 'vitest';
import { policyDefaults } from './policySchema';
import { enforcedKeys, resolvePolicy } from './resolvePolicy';
import { userPolicyLayer } from './userPolicyLayer';

describe('resolvePolicy', () => {
  it('takes the defaults, then the person’s settings, then machine policy, saying where each came from', () => {
    const user = userPolicyLayer(
      { autoLockMinutes: 20, clipboardClearSeconds: 45, exportAllowed: false },
      'user settings',
    );
    const machine = [
      { source: 'low', values: { autoLockMinutes: 2, supportContact: 'IT' }, warnings: [] },
      { source: 'high', values: { autoLockMinutes: 3 }, warnings: [] },
    ];
    const policy = resolvePolicy({ user, machine });
    expect(policy.values).toEqual({
      ...policyDefaults,
      autoLockMinutes: 3,
      clipboardClearSeconds: 45,
      allowExport: false,
      supportContact: 'IT',
    });
    expect(policy.origins.autoLockMinutes).toEqual({ kind: 'policy', source: 'high' });
    expect(policy.origins.clipboardClearSeconds).toEqual({ kind: 'user', source: 'user settings' });
    expect(policy.origins.allowExport).toEqual({ kind: 'user', source: 'user settings' });
    expect(policy.origins.hideCodesUntilClicked).toEqual({ kind: 'default' });
    expect(enforcedKeys(policy)).toEqual(['autoLockMinutes', 'supportContact']);
    expect(policy.warnings).toEqual([]);
  });

  it('keeps the value below when a layer’s value is invalid, and an empty method list is refused', () => {
    const policy = resolvePolicy({
      user: userPolicyLayer({ autoLockMinutes: 20 }, 'user settings'),
      machine: [{ source: 'file', values: { autoLockMinutes: 0, allowedMethods: [] }, warnings: [] }],
    });
    expect(policy.values.autoLockMinutes).toBe(20);
    expect(policy.values.allowedMethods).toEqual(['passkey', 'totp', 'phone']);
    expect(policy.warnings.map(({ key, source }) => `${key ?? ''}@${source}`)).toEqual([
      'autoLockMinutes@file',
      'allowedMethods@file',
    ]);
  });
});
