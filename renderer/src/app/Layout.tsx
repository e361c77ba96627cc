import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAccount } from '../data/useAccount';
import { PersonActions } from '../features/people/PersonActions';
import { ApplyAppearance } from '../features/settings/ApplyAppearance';
import { languages } from '../i18n/setupI18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { SignOutButton } from './SignOutButton';

/**
 * The frame around every screen: skip link, header with navigation, language, the open
 * person's Switch person and Lock all, sign-out; the saved theme and language; main.
 */
export function Layout() {
  const { t, i18n } = useTranslation();
  const { data: account } = useAccount();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('app.primaryNav')}>
          <NavLink to="/" end>
            {t('nav.setUp')}
          </NavLink>
          {account?.scope === 'full' && <NavLink to="/manage">{t('nav.manage')}</NavLink>}
          <NavLink to="/codes">{t('people.nav')}</NavLink>
          <NavLink to="/settings">{t('settings.title')}</NavLink>
          <NavLink to="/about">{t('nav.about')}</NavLink>
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
        <PersonActions />
        {account !== null && account !== undefined && <SignOutButton />}
      </header>
      <ApplyAppearance />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
    </>
  );
}
