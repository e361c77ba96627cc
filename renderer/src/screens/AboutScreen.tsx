import { useTranslation } from 'react-i18next';
import { useBridgeCall } from '../bridge/useBridgeCall';

/** Shows `app.info`: version, platform, host, data folder and keychain reachability. */
export function AboutScreen() {
  const { t } = useTranslation();
  const { value: info, reload } = useBridgeCall('app.info', {});
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      {info === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <dl className="facts" data-testid="app-info">
          <dt>{t('about.version')}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t('about.platform')}</dt>
          <dd>{info.platform}</dd>
          <dt>{t('about.host')}</dt>
          <dd>{info.hostKind === 'electron' ? t('about.hostElectron') : t('about.hostBrowser')}</dd>
          <dt>{t('about.dataDir')}</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
          <dt>{t('about.keychain')}</dt>
          <dd data-testid="keychain-status">
            {info.keychain.reachable
              ? t('about.keychainOk', { backend: info.keychain.backend })
              : t('about.keychainMissing', { backend: info.keychain.backend })}
            {info.keychain.problem !== undefined && <p>{info.keychain.problem}</p>}
          </dd>
        </dl>
      )}
      <button type="button" onClick={reload}>
        {t('about.checkAgain')}
      </button>
    </section>
  );
}
