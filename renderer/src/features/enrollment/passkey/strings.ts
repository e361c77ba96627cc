import type { Translation } from '../../../i18n/Translation';

/** The "passkey" strings (English). */
export const en = {
  title: 'passkey',
};

/** The "passkey" strings (Spanish). */
export const es: Translation<typeof en> = {
  title: 'passkey',
};
