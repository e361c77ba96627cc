import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { DeskIdError } from '../../../electron/contract/DeskIdError';
import { SupportContact } from './SupportContact';
import { useDescribeError } from './useDescribeError';

interface Props {
  error: unknown;
  /** Words to show instead of the error's own (for an error the page itself detected). */
  message?: string;
  onRetry?: () => void;
}

/**
 * A bridge error in words. DeskIdError messages are written for people (and never
 * carry secrets), so they are shown; anything else gets a generic sentence.
 */
export function ErrorMessage({ error, message, onRetry }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const describe = useDescribeError();

  return (
    <section className="error" role="alert" aria-labelledby="error-title">
      <h1 id="error-title" tabIndex={-1} ref={heading}>
        {t('errors.title')}
      </h1>
      <p>{message ?? describe(error)}</p>
      {error instanceof DeskIdError && <p className="error-code">{error.code}</p>}
      <SupportContact />
      {onRetry !== undefined && (
        <button type="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </section>
  );
}
