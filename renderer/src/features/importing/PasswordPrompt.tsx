import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Field } from '../../ui/Field';
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
      <FeatureError error={error} feature="importing" />
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
