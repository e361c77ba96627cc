import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { loadLaterStrings, setupI18n, withLaterStrings } from './setupI18n';
import { i18n } from './translate';

describe('the strings at start and later', () => {
  it('starts in the saved language with the first screen’s strings only, and adds the other screens’ with their first module', async () => {
    await setupI18n('es');
    expect(i18n.language).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(i18n.t('signIn.title')).toBe(es.signIn.title);
    expect(i18n.exists('manage.title')).toBe(false);

    const screen = await withLaterStrings(Promise.resolve('the screen module'));
    expect(screen).toBe('the screen module');
    // The later strings come in Spanish too, not only in English.
    expect(i18n.t('manage.title')).toBe(es.manage.title);
    await i18n.changeLanguage('en');
    expect(i18n.t('manage.title')).toBe(en.manage.title);
    expect(document.documentElement.lang).toBe('en');
    // The page keeps no copy of the choice: the setting is the one place it lives.
    expect(localStorage.length).toBe(0);
    await loadLaterStrings();
  });

  it('starts in the system language when the setting says "system" or did not come', async () => {
    const system = navigator.language.startsWith('es') ? 'es' : 'en';
    await setupI18n('system');
    expect(i18n.language).toBe(system);
    await setupI18n(undefined);
    expect(i18n.language).toBe(system);
  });
});
