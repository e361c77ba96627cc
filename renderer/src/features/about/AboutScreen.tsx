import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useQuery } from '../../data/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { PolicySection } from './PolicySection';

/** Shows `app.info` (version, platform, host, data folder and keychain reachability), then the settings in force (`policy.get`). */
export default function AboutScreen() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const { data: info, error, reload } = useQuery('app.info', () => bridge.app.info({}));
  return (
    <section aria-labelledby="about-title">
      <ScreenHeading id="about-title">{t('about.title')}</ScreenHeading>
      <p>{t('about.intro')}</p>
      {error !== undefined ? (
        <ErrorMessage error={error} onRetry={reload} />
      ) : info === undefined ? (
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
      {/* Once the details are in (not under "Loading…", which they would push it down from). */}
      {info !== undefined && error === undefined && (
        <button type="button" onClick={reload}>
          {t('about.checkAgain')}
        </button>
      )}
      <PolicySection />
    </section>
  );
}
