import { useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { CallOutput } from '../../../../../electron/contract/calls';
import { useBridge } from '../../../bridge/BridgeContext';
import { CodeForm } from '../../signIn/CodeForm';
import { oneTimeCode } from '../../signIn/checkTypedCode';
import { SubHeading } from '../../signIn/SubHeading';
import { secretClipboardSeconds } from '../../../ui/clearClipboardLater';
import { useSecretClipboard } from '../../../platform/useSecretClipboard';

export type PhoneAppAdded = CallOutput<'enrollment.addAuthenticatorPhone'>;

/**
 * An authenticator app on a phone: the QR code, the setup key (selectable, with Copy)
 * for typing in by hand, the apps that work, then a code to confirm. The key lives only
 * in this screen's state: leaving it forgets the key.
 */
export function PhoneAppSetup({ added, onDone }: { added: PhoneAppAdded; onDone: () => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [copied, setCopied] = useState(false);
  const clipboard = useSecretClipboard();
  return (
    <div className="sub-step phone-app">
      <SubHeading>{t('methods.authenticatorSetup.phoneApp')}</SubHeading>
      <p>{t('methods.authenticatorSetup.scan')}</p>
      <img
        className="qr"
        src={`data:image/svg+xml;utf8,${encodeURIComponent(added.qrSvg)}`}
        alt={t('methods.authenticatorSetup.qrAlt')}
        width={220}
        height={220}
      />
      <p id="setup-key-label">{t('methods.authenticatorSetup.keyLabel')}</p>
      <p className="setup-key">
        <code aria-labelledby="setup-key-label">{added.setupKey}</code>
      </p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void clipboard.copy(added.setupKey.replace(/\s/g, ''), secretClipboardSeconds).then(
              (done) => setCopied(done.copied),
              () => setCopied(false),
            )
          }
        >
          {t('methods.authenticatorSetup.copy')}
        </button>
        <span role="status">
          {copied ? t('methods.authenticatorSetup.copied', { seconds: secretClipboardSeconds }) : ''}
        </span>
      </div>
      <p className="hint">{t('methods.authenticatorSetup.apps')}</p>
      <CodeForm
        label={t('methods.authenticatorSetup.codeLabel')}
        shape={oneTimeCode}
        submitLabel={t('methods.authenticatorSetup.verify')}
        onSubmit={async (code) => {
          await bridge.enrollment.verifyMethod({ factorId: added.factorId, code });
          onDone();
        }}
      />
    </div>
  );
}
