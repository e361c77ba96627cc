import type { Strings } from './en';

/**
 * The renderer's own translation layer: typed keys, `{{name}}` interpolation, plurals by
 * `Intl.PluralRules` (`key_one`, `key_other`, … chosen by `count`), one active language at
 * a time, and listeners for a change. It replaces i18next and react-i18next: 110 KB of the
 * ≈ 205 KB the first screen evaluated beyond a minimal React page (bench:renderer,
 * docs/benchmarks/renderer.md).
 */

export const languages = [
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Español' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Every leaf of the strings as a dotted path ("signIn.title"). */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

type Leaf = Leaves<Strings>;

/** A key `t()` accepts: a leaf, or a plural's base ("people.count" for "people.count_one"). */
export type TranslationKey = Leaf | WithoutPlural<Leaf>;

/** Values for a string's `{{name}}` places; `count` also chooses the plural form. */
export type TranslationValues = object;

export type TFunction = (key: TranslationKey, values?: TranslationValues) => string;

export interface Tree {
  readonly [key: string]: string | Tree;
}

const loaded = new Map<LanguageCode, Tree>();
const listeners = new Set<() => void>();
const pluralRules = new Map<LanguageCode, Intl.PluralRules>();
const translators = new Map<LanguageCode, TFunction>();
let current: LanguageCode = 'en';
let load: ((code: LanguageCode) => Promise<void>) | undefined;
let switchesAsked = 0;

function lookup(tree: Tree | undefined, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function pluralOf(language: LanguageCode, count: number): string {
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

function find(language: LanguageCode, key: string, count: unknown): string | undefined {
  const tree = loaded.get(language);
  if (typeof count === 'number') {
    const form = lookup(tree, `${key}_${pluralOf(language, count)}`) ?? lookup(tree, `${key}_other`);
    if (form !== undefined) return form;
  }
  return lookup(tree, key);
}

/** Puts `values` into a string's `{{name}}` places; a place without a text or number value stays as written. */
export function interpolate(text: string, values: TranslationValues | undefined): string {
  if (values === undefined || !text.includes('{{')) return text;
  const named = values as Record<string, unknown>;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (place, name: string) => {
    const value = named[name];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? String(value) : place;
  });
}

/** The raw string of `key` in the active language (English when it has none), before interpolation. */
export function rawString(key: string, count?: unknown): string | undefined {
  return findWithFallback(current, key, count);
}

/** `key`'s string in `language`, else in English. */
function findWithFallback(language: LanguageCode, key: string, count: unknown): string | undefined {
  return find(language, key, count) ?? (language === 'en' ? undefined : find('en', key, count));
}

function translatorFor(language: LanguageCode): TFunction {
  let t = translators.get(language);
  if (t === undefined) {
    // A translator per language: components that remember words per `t` see a new one on a switch.
    t = (key, values) => {
      const count = (values as { count?: unknown } | undefined)?.count;
      const text = findWithFallback(language, key, count);
      return text === undefined ? key : interpolate(text, values);
    };
    translators.set(language, t);
  }
  return t;
}

export function isLanguage(code: unknown): code is LanguageCode {
  return languages.some((language) => language.code === code);
}

/** The app's one translation state, as components and start-up code see it. */
export const i18n = {
  get language(): LanguageCode {
    return current;
  },
  /** The active language's translator. */
  get t(): TFunction {
    return translatorFor(current);
  },
  /** Whether `key` (or its plural forms) has a string; for keys built at run time. */
  exists(key: string): boolean {
    return rawString(key) !== undefined || rawString(key, 1) !== undefined;
  },
  /** Adds namespaces of a language's strings (setupI18n's start and later strings, or a test's all). */
  addStrings(language: LanguageCode, strings: Partial<Strings> | Tree): void {
    loaded.set(language, { ...loaded.get(language), ...(strings as Tree) });
  },
  /**
   * Makes `code` the active language once its strings are here: those added already
   * (`addStrings`), or those the loader brings (`setLoader`: setupI18n loads each language
   * other than English on first use). Other codes are ignored. When switches overlap, the
   * last one asked wins, whatever order their strings arrive in.
   */
  async changeLanguage(code: string): Promise<void> {
    if (!isLanguage(code)) return;
    switchesAsked += 1;
    const asked = switchesAsked;
    if (load !== undefined) await load(code);
    if (!loaded.has(code)) throw new Error(`No strings for the language "${code}".`);
    if (asked === switchesAsked && code !== current) {
      current = code;
      for (const listener of listeners) listener();
    }
  },
  /** What `changeLanguage` awaits before a switch: the strings of that language, added with `addStrings`. */
  setLoader(loader: ((code: LanguageCode) => Promise<void>) | undefined): void {
    load = loader;
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
