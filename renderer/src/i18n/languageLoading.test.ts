import { beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { es } from './es';

/** setupI18n and the translation state as a fresh page has them: nothing loaded yet. */
async function freshPage() {
  vi.resetModules();
  const [{ loadLaterStrings, setupI18n }, { i18n }] = await Promise.all([import('./setupI18n'), import('./translate')]);
  return { loadLaterStrings, setupI18n, i18n };
}

describe('each language’s strings load when it is first chosen', () => {
  beforeEach(() => {
    document.documentElement.lang = '';
  });

  it('starts in English with no Spanish string loaded, then loads Spanish, start and later strings, on the switch', async () => {
    const { loadLaterStrings, setupI18n, i18n } = await freshPage();
    await setupI18n('en');
    await loadLaterStrings();
    expect(i18n.language).toBe('en');
    const switching = i18n.changeLanguage('es');
    // The switch waits for the Spanish strings: no screen shows a mix meanwhile.
    expect(i18n.language).toBe('en');
    await switching;
    expect(i18n.language).toBe('es');
    expect(i18n.t('signIn.title')).toBe(es.signIn.title);
    // The later screens were opened before the switch: their Spanish came with it.
    expect(i18n.t('manage.title')).toBe(es.manage.title);
    expect(document.documentElement.lang).toBe('es');
  });

  it('ends on the language asked last when switches overlap, whatever order their strings arrive in', async () => {
    const { setupI18n, i18n } = await freshPage();
    await setupI18n('en');
    // Spanish has to load, English is here: English's switch ends first, Spanish's after it.
    const toSpanish = i18n.changeLanguage('es');
    const backToEnglish = i18n.changeLanguage('en');
    await Promise.all([toSpanish, backToEnglish]);
    expect(i18n.language).toBe('en');
    expect(i18n.t('signIn.title')).toBe(en.signIn.title);
  });
});
