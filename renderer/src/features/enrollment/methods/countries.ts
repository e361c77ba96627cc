import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/min';

/** The countries offered first: DeskID's users are mostly in North America and Europe. */
const shortList: readonly CountryCode[] = [
  'US',
  'CA',
  'MX',
  'PR',
  'GB',
  'IE',
  'ES',
  'PT',
  'FR',
  'DE',
  'IT',
  'NL',
  'AU',
  'IN',
  'PH',
];

/** One country of the phone form: its code, its name in the person's language and its calling code. */
export interface CountryOption {
  code: CountryCode;
  label: string;
}

/**
 * The short list of countries (and the server's default when it is not on it), named in
 * `language` ("United States (+1)", "Estados Unidos (+1)"), sorted by name.
 */
export function countryOptions(language: string, defaultCountry: string): CountryOption[] {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  const codes = shortList.includes(defaultCountry as CountryCode)
    ? shortList
    : [...shortList, defaultCountry as CountryCode];
  return codes
    .map((code) => ({ code, label: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}
