import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { AccountStatus, RecoveryCodeShown } from '../../../../../electron/contract/accountStatus';
import { detailsOf } from '../../../../../electron/contract/errorDetails';
import { useBridge } from '../../../bridge/BridgeContext';
import { setAccount } from '../../../data/useAccount';
import { useAction } from '../../../data/useAction';
import { Field } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { checkLastDigits } from './checkLastDigits';
import { SignInAgain } from '../SignInAgain';

interface Props {
  shown: RecoveryCodeShown;
  /** Called with the account once the server says the code is confirmed (it is also put in place). */
  onConfirmed?: (account: AccountStatus) => void;
}

/**
 * "Check that you kept it": the last 4 digits of the saved code. A typo is caught on the
 * page (Luhn) before any request; everything else is the server's judgement, which counts
 * wrong digits (attempts left, then a lock).
 */
export function ConfirmRecoveryCode({ shown, onConfirmed }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);
  const confirm = useAction((lastDigits: string) => bridge.enrollment.confirmRecoveryCode({ lastDigits }));
  const attemptsLeft = detailsOf(confirm.error, 'recovery_code_mismatch')?.attemptsLeft;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const check = checkLastDigits(shown.groups, typed);
    if (check !== 'ok') {
      confirm.reset();
      setProblem(t(check === 'typo' ? 'recovery.confirm.typo' : 'recovery.confirm.notFourDigits'));
      // Back to the field with the problem, so the person can retype at once.
      form.current?.querySelector('input')?.focus();
      return;
    }
    setProblem(undefined);
    const account = await confirm.run(typed.replace(/\s/g, ''));
    if (account === undefined) return;
    setAccount(account);
    onConfirmed?.(account);
  };

  return (
    <form className="recovery-confirm" ref={form} onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('recovery.confirm.title')}</h2>
      <p>{t('recovery.confirm.intro')}</p>
      <Field
        label={t('recovery.confirm.label')}
        hint={t('recovery.confirm.hint')}
        problem={problem}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setProblem(undefined);
        }}
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        className="recovery-last-digits"
      />
      <FormError error={confirm.error} />
      <SignInAgain error={confirm.error} />
      {attemptsLeft !== undefined && (
        <p>
          {attemptsLeft === 0
            ? t('recovery.confirm.lockedNow')
            : t('recovery.confirm.attemptsLeft', { count: attemptsLeft })}
        </p>
      )}
      <button type="submit" disabled={confirm.pending}>
        {t('recovery.confirm.submit')}
      </button>
    </form>
  );
}
