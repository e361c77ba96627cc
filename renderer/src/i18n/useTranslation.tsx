import { cloneElement, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import { i18n, interpolate, rawString, type TranslationKey, type TranslationValues } from './translate';

export type { TFunction, TranslationKey } from './translate';

const activeLanguage = () => i18n.language;

/**
 * The active language's `t` and the translation state; the component renders again when
 * the language changes (`t` is then a new function).
 */
export function useTranslation() {
  useSyncExternalStore(i18n.subscribe, activeLanguage, activeLanguage);
  return { t: i18n.t, i18n };
}

const tag = /<(\w+)>(.*?)<\/\1>/gs;

/**
 * A string with marked-up parts ("You can try again in <timer>{{wait}}</timer>."): each
 * `<name>…</name>` becomes `components[name]` holding that part. Values go into the text
 * after the tags are found, so a value can never add an element.
 */
export function Trans({
  i18nKey,
  values,
  components,
}: {
  i18nKey: TranslationKey;
  values?: TranslationValues;
  components: Record<string, ReactElement<{ children?: ReactNode }>>;
}) {
  useTranslation(); // renders again when the language changes
  const text = rawString(i18nKey, (values as { count?: unknown } | undefined)?.count);
  if (text === undefined) return <>{i18nKey}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(tag)) {
    const [whole, name = '', inner = ''] = match;
    parts.push(interpolate(text.slice(at, match.index), values));
    const component = components[name];
    const words = interpolate(inner, values);
    parts.push(component === undefined ? words : cloneElement(component, { key: parts.length, children: words }));
    at = match.index + whole.length;
  }
  parts.push(interpolate(text.slice(at), values));
  return <>{parts}</>;
}
