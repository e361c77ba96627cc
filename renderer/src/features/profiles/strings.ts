import type { Translation } from '../../i18n/Translation';

/** The profiles feature's strings (English). */
export const en = {
  title: 'profiles',
};

/** The profiles feature's strings (Spanish). */
export const es: Translation<typeof en> = {
  title: 'profiles',
};
