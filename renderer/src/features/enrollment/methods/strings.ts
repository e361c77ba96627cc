import type { Translation } from '../../../i18n/Translation';

/** The "methods" strings (English). */
export const en = {
  title: 'methods',
};

/** The "methods" strings (Spanish). */
export const es: Translation<typeof en> = {
  title: 'methods',
};
