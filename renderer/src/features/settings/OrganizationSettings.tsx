import { useTranslation } from '../../i18n/useTranslation';
import { useFormatPolicyValue, useSettingName, type EffectivePolicy } from './usePolicy';

/**
 * The settings IT sets on this computer through machine policy, each marked "Set by your
 * organization"; nothing when policy sets none.
 */
export function OrganizationSettings({ policy }: { policy: EffectivePolicy }) {
  const { t } = useTranslation();
  const format = useFormatPolicyValue();
  const nameOf = useSettingName();
  const enforced = policy.settings.filter((setting) => setting.origin === 'policy');
  if (enforced.length === 0) return null;
  return (
    <section aria-labelledby="organization-title" className="organization-settings">
      <h2 id="organization-title">{t('settings.policy.title')}</h2>
      <p>{t('settings.policy.intro')}</p>
      <dl className="facts" data-testid="organization-settings">
        {enforced.map((setting) => (
          <div key={setting.name} data-setting={setting.name}>
            <dt>{nameOf(setting.name)}</dt>
            <dd>
              {format(setting)} <span className="locked">({t('settings.policy.setBy')})</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
