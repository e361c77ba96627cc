import { describe, expect, it } from 'vitest';
import { en } from './en';
import { loadLaterStrings, setupI18n, withLaterStrings } from './setupI18n';
import { i18n } from './translate';

describe('the strings at start and later', () => {
  it('starts with the first screen’s strings only, and adds the other screens’ with their first module', async () => {
    localStorage.setItem('deskid.language', 'es');
    await setupI18n();
    expect(i18n.language).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(i18n.exists('signIn.title')).toBe(true);
    expect(i18n.exists('manage.title')).toBe(false);

    const screen = await withLaterStrings(Promise.resolve('the screen module'));
    expect(screen).toBe('the screen module');
    expect(i18n.t('manage.title')).not.toBe('manage.title');
    await i18n.changeLanguage('en');
    expect(i18n.t('manage.title')).toBe(en.manage.title);
    expect(localStorage.getItem('deskid.language')).toBe('en');
    await loadLaterStrings();
  });
});
