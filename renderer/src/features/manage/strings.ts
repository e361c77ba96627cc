import type { Translation } from '../../i18n/Translation';

/** The manage feature's strings (English). */
export const en = {
  title: 'manage',
};

/** The manage feature's strings (Spanish). */
export const es: Translation<typeof en> = {
  title: 'manage',
};
