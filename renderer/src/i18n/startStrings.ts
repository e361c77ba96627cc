import { en as commonEn } from './commonStrings';
import { en as enrollmentEn } from '../features/enrollment/strings';
import { en as peopleEn } from '../features/people/strings';
import { en as settingsEn } from '../features/settings/strings';
import { en as signInEn } from '../features/signIn/strings';

/**
 * The English strings the first screen and the app's frame use (header, sign-in, errors),
 * in the start chunk. The other features' strings are in laterStrings.ts, loaded with the
 * first screen opened after it; each other language's are chunks of their own
 * (startStrings.es.ts, laterStrings.es.ts), loaded when that language is chosen
 * (setupI18n.ts).
 */
export const en = {
  ...commonEn,
  notFound: { title: 'Page not found', back: 'Go to the start page' },
  signIn: signInEn,
  enrollment: enrollmentEn,
  people: peopleEn,
  settings: settingsEn,
};
