import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Field } from '../../ui/Field';
import { useFocusOnError } from '../../ui/useFocusOnError';
import { SubHeading } from '../signIn/SubHeading';
import { FeatureError } from './FeatureError';

interface PasswordPromptProps {
  fileName: string;
  pending: boolean;
  /** The last refusal (`wrong_password`), shown in words. */
  error: unknown;
  onSubmit: (password: string) => void;
  onCancel: () => void;
  onEdit: () => void;
}

/** Asks for an encrypted export's password (the one chosen in the other app). */
export function PasswordPrompt({ fileName, pending, error, onSubmit, onCancel, onEdit }: PasswordPromptProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const headingId = useId();
  const errorId = useId();
  // A wrong password: back to its field (the button was disabled while the file was opened).
  const field = useRef<HTMLInputElement>(null);
  useFocusOnError(error, () => field.current);
  return (
    <form
      className="import-step"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (password !== '') onSubmit(password);
      }}
    >
      <SubHeading id={headingId}>{t('importing.passwordTitle')}</SubHeading>
      <p>{t('importing.passwordIntro', { fileName })}</p>
      <Field
        ref={field}
        errorId={error === undefined || error === null ? undefined : errorId}
        label={t('importing.password')}
        type="password"
        autoComplete="off"
        required
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          onEdit();
        }}
      />
      <FeatureError id={errorId} error={error} feature="importing" />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? t('common.working') : t('importing.open')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('importing.chooseAnother')}
        </button>
      </div>
    </form>
  );
}
