import 'i18next';
import type { Strings } from './en';

// Typed keys: `t('signIn.title')` is checked against the English strings.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Strings };
    returnNull: false;
  }
}
