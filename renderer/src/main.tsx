// First: the bridge and the start questions (startBridge.ts; in a build, the page's first script has already run it).
import { startAnswered, bridge } from './bridge/startBridge';
import { keepLaunchSecret } from './bridge/pickBridge';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DeskIdError } from '../../electron/contract/DeskIdError';
import { App } from './app/App';
import { ErrorMessage } from './ui/ErrorMessage';
import { setupI18n } from './i18n/setupI18n';
import { settingsAtStart } from './data/settingsQuery';
import { afterFirstPaint, holdLoadsUntilFirstPaint, StartFirstPaintWait } from './data/firstPaint';
import './styles.css';
import './themes.css';

// The first render waits for the account (at most 200 ms) and the settings (at most 1 s), so
// it shows the start screen itself, in the saved language and theme.
await startAnswered({ account: 200, settings: 1_000 });
const i18n = await setupI18n(settingsAtStart()?.language);
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
const root = createRoot(container);
holdLoadsUntilFirstPaint();
afterFirstPaint(keepLaunchSecret);

root.render(
  <StrictMode>
    {bridge === null ? (
      <main id="main">
        <ErrorMessage
          error={new DeskIdError('unauthorized', i18n.t('errors.noBridge'))}
          message={i18n.t('errors.noBridge')}
        />
      </main>
    ) : (
      <App bridge={bridge} />
    )}
    {/* Once this first render is committed, held loads wait for the frame that paints it. */}
    <StartFirstPaintWait />
  </StrictMode>,
);
