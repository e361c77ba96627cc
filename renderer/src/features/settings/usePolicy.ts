import { useTranslation } from '../../i18n/useTranslation';
import type { EffectivePolicy, PolicySetting } from '../../data/usePolicy';

export { policyKey, usePolicy, type EffectivePolicy, type PolicySetting } from '../../data/usePolicy';

/** The settings machine policy sets: shown locked, "Set by your organization". */
export function enforcedNames(policy: EffectivePolicy | undefined): ReadonlySet<string> {
  return new Set(policy?.settings.filter((setting) => setting.origin === 'policy').map((setting) => setting.name));
}

/** Whether a switch (`allowExport`, `allowImport`, …) is on; on while the policy is not known yet. */
export function isAllowed(policy: EffectivePolicy | undefined, name: string): boolean {
  return policy?.settings.find((setting) => setting.name === name)?.value !== false;
}

/** A setting's value in the person's language: On/Off, a list, "Not set". */
export function useFormatPolicyValue(): (setting: PolicySetting) => string {
  const { t } = useTranslation();
  return ({ name, value }) => {
    if (typeof value === 'boolean') return value ? t('settings.policy.on') : t('settings.policy.off');
    if (Array.isArray(value)) {
      if (value.length === 0) return t('settings.policy.none');
      const methods: Record<string, string> = {
        passkey: t('settings.policy.methods.passkey'),
        totp: t('settings.policy.methods.totp'),
        phone: t('settings.policy.methods.phone'),
      };
      return value.map((item) => (name === 'allowedMethods' ? (methods[item] ?? item) : item)).join(', ');
    }
    return value === '' ? t('settings.policy.notSet') : String(value);
  };
}

/** A setting's name in the person's language (its own name when the strings have none). */
export function useSettingName(): (name: string) => string {
  const { t, i18n } = useTranslation();
  return (name) => {
    const path = `settings.policy.names.${name}`;
    return i18n.exists(path) ? (t as (key: string) => string)(path) : name;
  };
}
