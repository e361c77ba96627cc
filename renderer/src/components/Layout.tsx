import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { languages } from '../i18n/setupI18n';
import { ErrorBoundary } from './ErrorBoundary';

/** The frame around every screen: skip link, header with navigation and language, main. */
export function Layout() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('app.primaryNav')}>
          <NavLink to="/">{t('nav.about')}</NavLink>
        </nav>
        <label className="language">
          {t('app.language')}
          <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
            {languages.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
    </>
  );
}
