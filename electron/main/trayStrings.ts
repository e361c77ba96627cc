/** The tray menu's words, in the languages of the app (the renderer's are in its features' `strings.ts`). */
export const trayStrings = {
  en: {
    tooltip: 'DeskID',
    open: 'Open DeskID',
    people: 'People on this computer',
    nobody: 'No one yet',
    openNow: (name: string) => `${name} (open)`,
    lockAll: 'Lock all',
    quit: 'Quit DeskID',
  },
  es: {
    tooltip: 'DeskID',
    open: 'Abrir DeskID',
    people: 'Personas en este equipo',
    nobody: 'Nadie todavía',
    openNow: (name: string) => `${name} (abierto)`,
    lockAll: 'Bloquear todo',
    quit: 'Salir de DeskID',
  },
} as const;

export type TrayWords = (typeof trayStrings)[keyof typeof trayStrings];

/** The main process's language: the person's setting, or the OS locale (Spanish or else English) for "system". */
export function languageFor(language: 'en' | 'es' | 'system', osLocale: string): 'en' | 'es' {
  return language === 'system' ? (osLocale.toLowerCase().startsWith('es') ? 'es' : 'en') : language;
}

/** The tray's language: the person's setting, or the OS locale when it says "system". */
export function trayWordsFor(language: 'en' | 'es' | 'system', osLocale: string): TrayWords {
  return trayStrings[languageFor(language, osLocale)];
}
