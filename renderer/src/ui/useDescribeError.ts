import { useTranslation } from '../i18n/useTranslation';
import { DeskIdError } from '../../../electron/contract/DeskIdError';
import { detailsOf, retryAfterOf } from '../../../electron/contract/errorDetails';
import { formatWait } from './formatWait';

/**
 * Turns an error into a sentence in the person's language: known codes have their own
 * words (with the wait or the tries left), other DeskID errors show their own message
 * (written for people, never holding a secret), anything else a generic sentence.
 */
export function useDescribeError(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (!(error instanceof DeskIdError)) return t('errors.unknown');
    const wait = retryAfterOf(error);
    const attemptsLeft =
      detailsOf(error, 'invalid_code')?.attemptsLeft ?? detailsOf(error, 'recovery_code_mismatch')?.attemptsLeft;
    const pin = detailsOf(error, 'invalid_pin');
    const key =
      error.code === 'invalid_code' && attemptsLeft === 0
        ? 'invalid_code_last'
        : pin === undefined
          ? error.code
          : `invalid_pin_${pin.rule}`;
    const path = `errors.codes.${key}`;
    if (!i18n.exists(path)) return error.message;
    // The key is checked at run time above; the typed `t` cannot know it statically.
    return (t as (key: string, options: object) => string)(path, {
      wait: formatWait(t, wait ?? 0),
      attemptsLeft: attemptsLeft ?? 0,
      ...(pin === undefined ? {} : { ...pin, rule: t('errors.codes.pinRule', { minLength: pin.minLength }) }),
    });
  };
}
