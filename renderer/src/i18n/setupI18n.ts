import { en } from './startStrings';
import { i18n, isLanguage, type LanguageCode } from './translate';

export { languages, type LanguageCode } from './translate';

/**
 * Each language's strings in two parts: those of the first screen and the frame, and
 * those of every later screen. English's first part is in the start chunk (it is the
 * fallback for a missing string); everything else is a chunk of its own, so nobody's first
 * screen compiles a language they do not read (bench:renderer).
 */
const stringParts = {
  en: {
    start: () => Promise.resolve(en),
    later: () => import('./laterStrings').then((strings) => strings.en),
  },
  es: {
    start: () => import('./startStrings.es').then((strings) => strings.es),
    later: () => import('./laterStrings.es').then((strings) => strings.es),
  },
} satisfies Record<LanguageCode, Record<'start' | 'later', () => Promise<object>>>;

/** What is loaded, or loading, per language and part; a failed load is forgotten, to be tried again. */
const loads = new Map<string, Promise<void>>();
/** Languages asked for so far: the later strings come in each of them. */
const wanted = new Set<LanguageCode>(['en']);
let laterWanted = false;

function loadPart(code: LanguageCode, part: 'start' | 'later'): Promise<void> {
  const key = `${code}.${part}`;
  let loading = loads.get(key);
  if (loading === undefined) {
    loading = stringParts[code][part]().then(
      (loaded) => i18n.addStrings(code, loaded),
      (error: unknown) => {
        loads.delete(key);
        throw error;
      },
    );
    loads.set(key, loading);
  }
  return loading;
}

/** A language's strings for every part asked so far: the start strings, and the later ones once a later screen opened. */
function loadLanguage(code: LanguageCode): Promise<void> {
  wanted.add(code);
  return Promise.all([loadPart(code, 'start'), laterWanted ? loadPart(code, 'later') : undefined]).then(
    () => undefined,
  );
}

/**
 * Starts the strings in `saved`, the language setting (`settings.get`, asked at start), or
 * the system's when it says `system`, is unknown or did not come (English otherwise). The
 * setting is the one copy of the choice: the page keeps none of its own. A language other
 * than English costs one more chunk before the first render.
 */
export async function setupI18n(saved?: string): Promise<typeof i18n> {
  i18n.setLoader(loadLanguage);
  await loadLanguage('en');
  const system = navigator.language.slice(0, 2);
  const language: LanguageCode = [saved, system].find(isLanguage) ?? 'en';
  await i18n.changeLanguage(language).catch(() => undefined);
  document.documentElement.lang = i18n.language;
  i18n.subscribe(() => {
    document.documentElement.lang = i18n.language;
  });
  return i18n;
}

/**
 * Loads the strings of every screen after the first (laterStrings.ts, and its translation
 * into each language asked for so far), once; a failed load is tried again on the next call.
 */
export function loadLaterStrings(): Promise<void> {
  laterWanted = true;
  return Promise.all([...wanted].map((code) => loadPart(code, 'later'))).then(() => undefined);
}

/** A lazy screen's module, given once the later strings are here too: `lazy(() => withLaterStrings(import(…)))`. */
export function withLaterStrings<T>(module: Promise<T>): Promise<T> {
  return Promise.all([module, loadLaterStrings()]).then(([loaded]) => loaded);
}
