import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { Method } from '../../../../../electron/contract/accountStatus';
import { useBridge } from '../../../bridge/BridgeContext';
import { setAccount } from '../../../data/useAccount';
import { useAction } from '../../../data/useAction';
import { useQuery } from '../../../data/useQuery';
import { PasskeyCeremonyError } from '../../../platform/PasskeyCeremony';
import { usePasskeyCeremony } from '../../../platform/usePasskeyCeremony';
import { Field } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import './passkey.css';
import { SignInAgain } from '../SignInAgain';

interface Props {
  /** Back to the choice of methods. */
  onBack: () => void;
  /** The passkey is set up and the person moves on. */
  onDone: () => void;
}

/**
 * A passkey on this computer: one sentence on what the OS prompt will ask, a name for the
 * passkey, then the ceremony. Each way it can fail (closed, timed out, no Windows Hello or
 * Touch ID here, a passkey already on this computer) has its own words and a way on.
 */
export function PasskeySetup({ onBack, onDone }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const ceremony = usePasskeyCeremony();
  const info = useQuery('app.info', () => bridge.app.info({}));
  const [name, setName] = useState<string | undefined>(undefined);
  const [nameProblem, setNameProblem] = useState<string | undefined>(undefined);
  const [created, setCreated] = useState<Method | undefined>(undefined);
  const register = useAction((label: string) => ceremony.register(label));
  const shownName = name ?? t(`passkey.defaultName.${info.data?.platform ?? 'other'}`);
  const problem = register.error instanceof PasskeyCeremonyError ? register.error.problem : undefined;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const label = shownName.trim();
    if (label === '') {
      setNameProblem(t('passkey.nameMissing'));
      return;
    }
    const method = await register.run(label);
    if (method !== undefined) setCreated(method);
  };

  const finish = async () => {
    // The account now has a method: put it in place so the wizard (or the manage page) moves on.
    setAccount(await bridge.signIn.status({}));
    onDone();
  };

  if (created !== undefined) return <PasskeyCreated method={created} onContinue={() => void finish()} />;

  return (
    <form className="passkey-setup" onSubmit={(event) => void submit(event)} noValidate>
      <p className="passkey-before-prompt">{t('passkey.beforePrompt')}</p>
      <p>{t('passkey.nothingToCarry')}</p>
      <Field
        label={t('passkey.nameLabel')}
        hint={t('passkey.nameHint')}
        problem={nameProblem}
        value={shownName}
        maxLength={64}
        autoComplete="off"
        onChange={(event) => {
          setName(event.target.value);
          setNameProblem(undefined);
        }}
      />
      {register.pending && <p role="status">{t('passkey.waiting')}</p>}
      <div className="form-error" role="alert">
        {problem !== undefined && <p>{t(`passkey.problems.${problem}`)}</p>}
      </div>
      {problem === undefined && <FormError error={register.error} />}
      <SignInAgain error={register.error} />
      <div className="passkey-actions">
        {problem !== 'no_platform_authenticator' && problem !== 'already_registered' && (
          <button type="submit" disabled={register.pending}>
            {problem === undefined ? t('passkey.create') : t('common.tryAgain')}
          </button>
        )}
        {(problem !== undefined || register.error !== undefined) && (
          <button
            type="button"
            className={problem === 'no_platform_authenticator' ? undefined : 'secondary'}
            onClick={onBack}
          >
            {t('passkey.chooseAnother')}
          </button>
        )}
      </div>
    </form>
  );
}

/** Success: the new passkey's name, and the way on (focused, so Enter continues). */
function PasskeyCreated({ method, onContinue }: { method: Method; onContinue: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="passkey-setup">
      <p role="status" className="passkey-created">
        {t('passkey.created', { name: method.label })}
      </p>
      <button type="button" ref={button} onClick={onContinue}>
        {t('passkey.continue')}
      </button>
    </div>
  );
}
