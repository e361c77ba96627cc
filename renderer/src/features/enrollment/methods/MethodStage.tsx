import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { AccountStatus } from '../../../../../electron/contract/accountStatus';
import { useBridge } from '../../../bridge/BridgeContext';
import { loadAccount } from '../../../data/accountQuery';
import { useQuery } from '../../../data/useQuery';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { formatDate } from '../../../ui/formatLongDate';
import { serverKey } from '../../signIn/SignInForm';
import { PasskeySetup } from '../passkey/PasskeySetup';
import { useCancelWizard } from '../useCancelWizard';
import { WizardStep } from '../WizardStep';
import { AuthenticatorSetup, type AuthenticatorDone } from './AuthenticatorSetup';
import { BackupPhoneOffer } from './BackupPhoneOffer';
import { MethodChoice, type MethodOption } from './MethodChoice';
import { PhoneSetup } from './PhoneSetup';
import './methods.css';

/** `backup`: the authenticator is set up; `addingPhone`: the backup phone's form is open. */
type View = 'choose' | MethodOption | { backup: AuthenticatorDone; addingPhone: boolean };

interface MethodStageProps {
  account: AccountStatus;
  /** Called when a method is set up (`added` true), or the person goes back from the choice (false). */
  onFinished?: (added: boolean) => void;
  /** `wizard`: steps 2 and 3 of 4. `add`: "Add another method" from the manage page (a plain heading; Back returns there). */
  mode?: 'wizard' | 'add';
}

/**
 * Steps 2 and 3: choose a method among those the server offers, then set it up. When it
 * is verified the account is read again, so the wizard moves on by itself (or the manage
 * page shows it). An account let in before the enforcement date sees "Set up by <date>".
 */
export function MethodStage({ account, onFinished, mode = 'wizard' }: MethodStageProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const server = useQuery(serverKey, () => bridge.signIn.server({}));
  const [view, setView] = useState<View>('choose');
  // A method was set up on the way (the authenticator, before its backup offer): Back from
  // the choice then still reports it, so the manage page says the new method is ready.
  const [addedOnTheWay, setAddedOnTheWay] = useState(false);
  const signOut = useCancelWizard();
  const toChoose = () => setView('choose');
  const finish = (added = true) => {
    // Read again in place: the account shown stays until the new one comes (forgetting it
    // would take the header's account links away meanwhile and move the page under the
    // pointer). The manage page reads the account again itself; doing it here too would
    // lose its "Your new method is ready" notice.
    if (mode === 'wizard') loadAccount(bridge);
    onFinished?.(added);
  };
  // The account already has a method (set up on the way, or before the recovery step's Back):
  // the wizard's step 2 then has nothing to go back to, only the way on to the recovery code.
  const hasMethod = addedOnTheWay || account.methods.some((method) => method.verified);
  const hasPhone = account.methods.some((method) => method.verified && method.type === 'phone');
  const frame = (
    key: string,
    step: 'choose' | 'setUp',
    title: string,
    body: ReactNode,
    onBack?: () => void,
    loading = false,
  ) => (
    <Frame
      key={key}
      mode={mode}
      step={step}
      title={title}
      loading={loading}
      {...(onBack === undefined ? {} : { onBack })}
    >
      {body}
    </Frame>
  );

  if (view === 'passkey') {
    return frame(
      'passkey',
      'setUp',
      t('passkey.title'),
      <PasskeySetup onBack={toChoose} onDone={() => finish()} />,
      toChoose,
    );
  }
  if (view === 'phone') {
    return frame(
      'phone',
      'setUp',
      t('methods.setUp.phoneTitle'),
      <PhoneSetup onDone={() => finish()} onOtherMethod={toChoose} />,
      toChoose,
    );
  }
  if (view === 'authenticator') {
    return frame(
      'authenticator',
      'setUp',
      t('methods.setUp.authenticatorTitle'),
      <AuthenticatorSetup
        onDone={(done) => {
          setAddedOnTheWay(true);
          setView({ backup: done, addingPhone: false });
        }}
      />,
      toChoose,
    );
  }
  if (typeof view === 'object') {
    const { backup, addingPhone } = view;
    // No phone to offer when the server takes none, or the account has one already.
    const offersPhone = (server.data?.methods.includes('phone') ?? true) && !hasPhone;
    return frame(
      'backup',
      'setUp',
      offersPhone ? t('methods.setUp.backupTitle') : t('methods.setUp.authenticatorDoneTitle'),
      <BackupPhoneOffer
        done={backup}
        offersPhone={offersPhone}
        addingPhone={addingPhone}
        onAddPhone={() => setView({ backup, addingPhone: true })}
        onFinished={() => finish()}
      />,
      // Back from the phone's form: to the offer; from the offer: to the choice of method
      // (the authenticator stays set up), where another kind of method can be added instead.
      addingPhone ? () => setView({ backup, addingPhone: false }) : toChoose,
    );
  }
  const { compliance } = account;
  const setUpBy = !compliance.enforced && compliance.missing.includes('mfa_method');
  const goOn = mode === 'wizard' && hasMethod;
  // Added on the way: the account is read again and the wizard moves on by itself; else
  // (Back from the recovery step) straight back to the step that sent the person here.
  const goOnToRecovery = () => (addedOnTheWay || onFinished === undefined ? finish(addedOnTheWay) : onFinished(false));
  return frame(
    'choose',
    'choose',
    mode === 'add' ? t('methods.addTitle') : t('methods.title'),
    <>
      {setUpBy && (
        <p className="warning-banner">{t('methods.setUpBy', { date: formatDate(compliance.enforceFrom, t) })}</p>
      )}
      {goOn && (
        <div className="go-on">
          <p>{t('methods.alreadySetUp')}</p>
          <button type="button" onClick={goOnToRecovery}>
            {t('methods.goOn')}
          </button>
        </div>
      )}
      {server.data !== undefined ? (
        <MethodChoice server={server.data} onChoose={setView} />
      ) : server.error !== undefined ? (
        <ErrorMessage error={server.error} onRetry={server.reload} />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </>,
    // Back from the choice: to the manage page, or — first time through, with no method
    // yet — to the sign-in, which means signing out. With a method, the wizard goes on instead.
    goOn ? undefined : onFinished === undefined ? () => void signOut() : () => onFinished(addedOnTheWay),
    server.data === undefined && server.error === undefined,
  );
}

interface FrameProps {
  mode: 'wizard' | 'add';
  step: 'choose' | 'setUp';
  title: string;
  children: ReactNode;
  onBack?: () => void;
  /** The content is still on its way: Back (and Cancel) wait for it (WizardStep's `loading`). */
  loading: boolean;
}

/** The wizard's "Step N of 4" frame, or a plain heading with Back on the manage page. */
function Frame({ mode, step, title, children, onBack, loading }: FrameProps) {
  const { t } = useTranslation();
  const headingId = `method-${step}-title`;
  if (mode === 'wizard') {
    return (
      <WizardStep
        step={step}
        headingId={headingId}
        title={title}
        loading={loading}
        {...(onBack === undefined ? {} : { onBack })}
      >
        {children}
      </WizardStep>
    );
  }
  return (
    <section className="wizard-step" aria-labelledby={headingId}>
      <ScreenHeading id={headingId}>{title}</ScreenHeading>
      {children}
      {!loading && onBack !== undefined && (
        <div className="wizard-nav">
          <button type="button" className="secondary" onClick={onBack}>
            {t('common.back')}
          </button>
        </div>
      )}
    </section>
  );
}
