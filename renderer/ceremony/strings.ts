import type { Translation } from '../src/i18n/Translation';

/** The ceremony window's few words (it runs without the app's i18n: one sentence, one title). */
export const en = {
  title: 'DeskID passkey',
  register: 'Follow your computer’s prompt to create your passkey. This window closes by itself.',
  authenticate: 'Follow your computer’s prompt to use your passkey. This window closes by itself.',
};

export const es: Translation<typeof en> = {
  title: 'Llave de acceso de DeskID',
  register: 'Siga el aviso de su computadora para crear su llave de acceso. Esta ventana se cierra sola.',
  authenticate: 'Siga el aviso de su computadora para usar su llave de acceso. Esta ventana se cierra sola.',
};

/** The strings for the window's language (Electron gives the page the app's locale). */
export function stringsFor(language: string): typeof en {
  return language.toLowerCase().startsWith('es') ? es : en;
}
