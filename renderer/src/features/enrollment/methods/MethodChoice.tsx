import { useTranslation } from '../../../i18n/useTranslation';
import type { CallOutput } from '../../../../../electron/contract/calls';

/** The three ways the ID provider offers, in its own order. */
export type MethodOption = 'passkey' | 'authenticator' | 'phone';

type ServerInfo = CallOutput<'signIn.server'>;

const needs: Record<MethodOption, ServerInfo['methods'][number]> = {
  passkey: 'passkey',
  authenticator: 'totp',
  phone: 'phone',
};

/**
 * The three options side by side, as the ID provider's comparison shows them: what it
 * is, how it works, what you need (passkey marked most secure); only those the server
 * offers. Then the way for someone with no smartphone at work, and why email is gone.
 */
export function MethodChoice({ server, onChoose }: { server: ServerInfo; onChoose: (option: MethodOption) => void }) {
  const { t } = useTranslation();
  const offered = (option: MethodOption) => server.methods.includes(needs[option]);
  const options = (['passkey', 'authenticator', 'phone'] as const).filter(offered);
  const voice = server.methods.includes('phone') && server.phoneChannels.includes('voice');
  return (
    <>
      <p>{t('methods.intro')}</p>
      <ul className="method-options">
        {options.map((option) => (
          <li key={option} className="method-option" aria-labelledby={`option-${option}`}>
            <h2 id={`option-${option}`}>{t(`methods.${option}.name`)}</h2>
            {option === 'passkey' && <p className="badge">{t('methods.passkey.badge')}</p>}
            <dl>
              <dt>{t('methods.compare.what')}</dt>
              <dd>{t(`methods.${option}.what`)}</dd>
              <dt>{t('methods.compare.how')}</dt>
              <dd>{t(`methods.${option}.how`)}</dd>
              <dt>{t('methods.compare.need')}</dt>
              <dd>{t(`methods.${option}.need`)}</dd>
            </dl>
            <button type="button" onClick={() => onChoose(option)}>
              {t('methods.compare.choose', { name: t(`methods.${option}.name`) })}
            </button>
          </li>
        ))}
      </ul>
      <section className="no-smartphone" aria-labelledby="no-smartphone-title">
        <h2 id="no-smartphone-title">{t('methods.noSmartphone.title')}</h2>
        <ul>
          {offered('passkey') && <li>{t('methods.noSmartphone.passkey')}</li>}
          {voice && <li>{t('methods.noSmartphone.landline')}</li>}
          {offered('authenticator') && <li>{t('methods.noSmartphone.deskid')}</li>}
        </ul>
      </section>
      <details className="where-email">
        <summary>{t('methods.email.question')}</summary>
        <p>{t('methods.email.answer')}</p>
      </details>
    </>
  );
}
