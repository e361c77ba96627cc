import { useTranslation } from '../i18n/useTranslation';
import { NavLink, Outlet } from './router';
import { useAccount } from '../data/useAccount';
import { PersonActions } from '../features/people/PersonActions';
import { ApplyAppearance } from '../features/settings/ApplyAppearance';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { SignOutButton } from './SignOutButton';

/**
 * The frame around every screen: skip link, header with navigation, the open person's
 * Switch person and Lock all, sign-out, language; the saved theme and language; main.
 */
export function Layout() {
  const { t } = useTranslation();
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
          <NavLink to="/codes">{t('people.nav')}</NavLink>
          <NavLink to="/settings">{t('settings.title')}</NavLink>
          <NavLink to="/about">{t('nav.about')}</NavLink>
          {/* Last: when it comes (signed in fully) it moves none of the links before it. */}
          {account?.scope === 'full' && <NavLink to="/manage">{t('nav.manage')}</NavLink>}
        </nav>
        {/* The nav takes the free space: what comes late (the person's buttons, Sign out)
            takes it from the nav, before the language, which stays at the end. */}
        <PersonActions />
        {account !== null && account !== undefined && <SignOutButton />}
        <LanguageSwitch />
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
