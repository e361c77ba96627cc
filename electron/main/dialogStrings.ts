import { languageFor } from './trayStrings';

/**
 * The main process's own dialog words (the save dialog and Touch ID's prompt), in the
 * languages of the app; the tray's are in `trayStrings.ts`, the renderer's in its features.
 */
export const dialogStrings = {
  en: {
    save: 'Save',
    fileKinds: { '.txt': 'Text file', '.html': 'Web page (printable)', '.json': 'DeskID backup' },
    /** macOS shows "DeskID is trying to <this>", `$1` being the site. */
    touchIdPrompt: 'use your DeskID passkey for $1',
  },
  es: {
    save: 'Guardar',
    fileKinds: {
      '.txt': 'Archivo de texto',
      '.html': 'Página web (para imprimir)',
      '.json': 'Copia de seguridad de DeskID',
    },
    touchIdPrompt: 'usar su llave de acceso de DeskID para $1',
  },
} as const;

export type DialogWords = (typeof dialogStrings)[keyof typeof dialogStrings];

/** The dialogs' language: the person's setting, or the OS locale when it says "system". */
export function dialogWordsFor(language: 'en' | 'es' | 'system', osLocale: string): DialogWords {
  return dialogStrings[languageFor(language, osLocale)];
}
