import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DeskIdError } from '../../../electron/contract/DeskIdError';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/**
 * A bridge error in words. DeskIdError messages are written for people (and never
 * carry secrets), so they are shown; anything else gets a generic sentence.
 */
export function ErrorMessage({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const message = error instanceof DeskIdError ? error.message : t('errors.unknown');
  return (
    <section className="error" role="alert" aria-labelledby="error-title">
      <h1 id="error-title" tabIndex={-1} ref={heading}>
        {t('errors.title')}
      </h1>
      <p>{message}</p>
      {error instanceof DeskIdError && <p className="error-code">{error.code}</p>}
      {onRetry !== undefined && (
        <button type="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </section>
  );
}
