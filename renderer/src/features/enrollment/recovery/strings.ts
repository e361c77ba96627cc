import type { Translation } from '../../../i18n/Translation';

/** The "recovery" strings (English). */
export const en = {
  title: 'recovery',
};

/** The "recovery" strings (Spanish). */
export const es: Translation<typeof en> = {
  title: 'recovery',
};
