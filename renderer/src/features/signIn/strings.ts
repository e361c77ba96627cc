import type { Translation } from '../../i18n/Translation';

/** The signIn feature's strings (English). */
export const en = {
  title: 'signIn',
};

/** The signIn feature's strings (Spanish). */
export const es: Translation<typeof en> = {
  title: 'signIn',
};
