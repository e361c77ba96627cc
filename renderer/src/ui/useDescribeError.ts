import { useTranslation } from '../i18n/useTranslation';
import { isLostContact } from '../bridge/httpBridge';
import { DeskIdError } from '../../../electron/contract/DeskIdError';
import { detailsOf, retryAfterOf } from '../../../electron/contract/errorDetails';
import { formatWait } from './formatWait';

/**
 * Turns an error into a sentence in the person's language. Every contract code has its
 * own words (`errors.codes.<code>`, checked by describesEveryCode.test.ts), some in a
 * variant chosen by typed details (the last try, the PIN rule broken, the window's lost
 * contact). Only a code this renderer does not know (a newer host) shows the error's own
 * message (written for people, never holding a secret); anything else a generic sentence.
 */
export function useDescribeError(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (!(error instanceof DeskIdError)) return t('errors.unknown');
    const wait = retryAfterOf(error);
    const attemptsLeft =
      detailsOf(error, 'invalid_code')?.attemptsLeft ?? detailsOf(error, 'recovery_code_mismatch')?.attemptsLeft;
    const pin = detailsOf(error, 'invalid_pin');
    const variant =
      error.code === 'invalid_code' && attemptsLeft === 0
        ? 'invalid_code_last'
        : isLostContact(error)
          ? 'internal_lost_contact'
          : pin === undefined
            ? error.code
            : `invalid_pin_${pin.rule}`;
    // A variant this renderer lacks (a newer host's PIN rule) still has its code's words.
    const path = [`errors.codes.${variant}`, `errors.codes.${error.code}`].find((key) => i18n.exists(key));
    if (path === undefined) return error.message;
    // The key is checked at run time above; the typed `t` cannot know it statically.
    return (t as (key: string, options: object) => string)(path, {
      wait: formatWait(t, wait ?? 0),
      attemptsLeft: attemptsLeft ?? 0,
      ...(pin === undefined ? {} : { ...pin, rule: t('errors.codes.pinRule', { minLength: pin.minLength }) }),
    });
  };
}
