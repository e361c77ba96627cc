import type { Settings } from '../settings/settingsSchema';
import type { PolicyKey } from './policySchema';
import type { PolicyLayer } from './PolicySource';

/** The user settings (`settings.json`) that are also managed settings, by their policy name. */
export const userSettingOf = {
  sharedDesktopMode: 'sharedDesktopMode',
  autoLockMinutes: 'autoLockMinutes',
  clipboardClearSeconds: 'clipboardClearSeconds',
  hideCodesUntilClicked: 'hideCodesUntilClicked',
  allowExport: 'exportAllowed',
} as const satisfies Partial<Record<PolicyKey, keyof Settings>>;

/** The person's own settings (only those stored in their file) as a policy layer. */
export function userPolicyLayer(stored: Partial<Settings>, source: string): PolicyLayer {
  const values: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(userSettingOf)) {
    if (stored[setting] !== undefined) values[key] = stored[setting];
  }
  return { source, values, warnings: [] };
}

/** Machine policy's values as user settings: what overrides the settings file. */
export function enforcedSettings(enforced: Partial<Record<PolicyKey, unknown>>): Partial<Settings> {
  const settings: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(userSettingOf)) {
    const value = enforced[key as PolicyKey];
    if (value !== undefined) settings[setting] = value;
  }
  return settings;
}
