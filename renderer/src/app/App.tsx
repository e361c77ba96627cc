import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { MemoryRouter, Route, Routes } from './router';
import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { BridgeContext } from '../bridge/BridgeContext';
import { withLaterStrings } from '../i18n/setupI18n';
import WizardScreen from '../features/enrollment/WizardScreen';
import { ReportActivity } from './ReportActivity';
import { HostEvents } from './HostEvents';
import { Layout } from './Layout';

// The start screen comes with the app (a lazy first screen would wait behind React's
// Suspense reveal throttle, ~300 ms; bench:renderer showed it); every other feature, and
// the wizard's later steps, are their own chunks, loaded when first opened, with the
// strings of every screen but the first (i18n/laterStrings.ts).
const ManageScreen = lazy(() => withLaterStrings(import('../features/manage/ManageScreen')));
const AboutScreen = lazy(() => withLaterStrings(import('../features/about/AboutScreen')));
const PeopleScreen = lazy(() => withLaterStrings(import('../features/people/PeopleScreen')));
const SettingsScreen = lazy(() => withLaterStrings(import('../features/settings/SettingsScreen')));
const AddAccountScreen = lazy(() => withLaterStrings(import('../features/adding/AddAccountScreen')));
const ImportScreen = lazy(() => withLaterStrings(import('../features/importing/ImportScreen')));
const ExportScreen = lazy(() => withLaterStrings(import('../features/exporting/ExportScreen')));
const NotFoundScreen = lazy(() => withLaterStrings(import('./NotFoundScreen')));

/**
 * Routes live in memory, not the URL: a desktop window has no address bar, and the
 * browser host's URL fragment carries the launch secret.
 */
export function App({ bridge }: { bridge: GroupedBridge }) {
  return (
    <BridgeContext.Provider value={bridge}>
      <MemoryRouter>
        <HostEvents />
        <ReportActivity />
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<WizardScreen />} />
            <Route path="manage" element={<Lazy screen={<ManageScreen />} />} />
            <Route path="codes" element={<Lazy screen={<PeopleScreen />} />} />
            <Route path="codes/add" element={<Lazy screen={<AddAccountScreen />} />} />
            <Route path="codes/import" element={<Lazy screen={<ImportScreen />} />} />
            <Route path="codes/export" element={<Lazy screen={<ExportScreen />} />} />
            <Route path="settings" element={<Lazy screen={<SettingsScreen />} />} />
            <Route path="about" element={<Lazy screen={<AboutScreen />} />} />
            <Route path="*" element={<Lazy screen={<NotFoundScreen />} />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </BridgeContext.Provider>
  );
}

function Lazy({ screen }: { screen: React.ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p role="status">{t('common.loading')}</p>}>{screen}</Suspense>;
}
