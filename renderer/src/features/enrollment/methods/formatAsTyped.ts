import { AsYouType, type CountryCode } from 'libphonenumber-js/min';
import { hasPhoneExtension } from '../../../../../electron/contract/phoneRules';

const plainNumber = /^[\d\s()+\-.]*$/;

/**
 * The number as the person types it, formatted for `country` ("(201) 555-0101"). Only
 * while typing forward and only plain numbers: a deletion is left alone (so a bracket can
 * be removed), and anything else — an extension above all — stays exactly as typed so
 * the extension rule can see it.
 */
export function formatAsTyped(next: string, previous: string, country: CountryCode): string {
  if (next.length <= previous.length || !plainNumber.test(next) || hasPhoneExtension(next)) return next;
  return new AsYouType(country).input(next);
}
