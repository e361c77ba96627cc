import { isLuhnValid } from '../../../../../electron/contract/recoveryCode';

/** What the page itself can say about the last 4 digits typed, before asking the server. */
export type LastDigitsCheck = 'ok' | 'not_four_digits' | 'typo';

/**
 * Checks typed last digits against the code on screen with the protocol's Luhn rule: the
 * shown first 12 digits plus the typed 4 must form a valid code. A typo (one wrong or two
 * swapped digits) is caught here with no request; digits that pass still go to the server,
 * which alone says whether they are right (and counts wrong ones).
 */
export function checkLastDigits(groups: readonly string[], typed: string): LastDigitsCheck {
  const lastDigits = typed.replace(/\s/g, '');
  if (!/^\d{4}$/.test(lastDigits)) return 'not_four_digits';
  return isLuhnValid(groups.slice(0, 3).join('') + lastDigits) ? 'ok' : 'typo';
}
