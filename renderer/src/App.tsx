import { MemoryRouter, Route, Routes } from 'react-router';
import type { BridgeClient } from '../../electron/contract/client';
import { BridgeContext } from './bridge/BridgeContext';
import { Layout } from './components/Layout';
import { AboutScreen } from './screens/AboutScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';

/**
 * Routes live in memory, not the URL: a desktop window has no address bar, and the
 * browser host's URL fragment carries the launch secret.
 */
export function App({ bridge }: { bridge: BridgeClient }) {
  return (
    <BridgeContext.Provider value={bridge}>
      <MemoryRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<AboutScreen />} />
            <Route path="*" element={<NotFoundScreen />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </BridgeContext.Provider>
  );
}
