import { useTranslation } from '../../i18n/useTranslation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useFormatPolicyValue, usePolicy, useSettingName } from '../settings/usePolicy';

/**
 * Every managed setting in force, where it came from (built in, the person's choice, or
 * the organization's policy with its source) and the policy values that were ignored:
 * what `deskid policy show` prints.
 */
export function PolicySection() {
  const { t } = useTranslation();
  const policy = usePolicy();
  const format = useFormatPolicyValue();
  const nameOf = useSettingName();
  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">{t('about.policyTitle')}</h2>
      {policy.error !== undefined ? (
        <ErrorMessage error={policy.error} onRetry={policy.reload} />
      ) : policy.data === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <table className="policy-table" data-testid="policy-table">
            <thead>
              <tr>
                <th scope="col">{t('about.policySetting')}</th>
                <th scope="col">{t('about.policyValue')}</th>
                <th scope="col">{t('about.policyOrigin')}</th>
              </tr>
            </thead>
            <tbody>
              {policy.data.settings.map((setting) => (
                <tr key={setting.name} data-setting={setting.name}>
                  <th scope="row">{nameOf(setting.name)}</th>
                  <td>{format(setting)}</td>
                  <td>
                    {t(`about.origins.${setting.origin}`)}
                    {setting.source !== null && (
                      <>
                        {' '}
                        <code>{setting.source}</code>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {policy.data.warnings.length > 0 && (
            <>
              <h3>{t('about.policyWarnings')}</h3>
              <ul data-testid="policy-warnings">
                {policy.data.warnings.map((warning, index) => (
                  <li key={index}>
                    {warning.name === null
                      ? t('about.policyWarningSource', { source: warning.source, reason: warning.reason })
                      : t('about.policyWarning', {
                          name: warning.name,
                          source: warning.source,
                          reason: warning.reason,
                        })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
