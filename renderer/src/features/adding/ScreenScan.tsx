import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { GrabProblem } from '../../platform/ScreenGrabber';
import { useScreenGrabber } from '../../platform/useScreenGrabber';

/**
 * Scan the screen for a QR code: one picture of the screen (the browser asks which window
 * or screen to share; Electron captures the screens itself — `useScreenGrabber`) goes on
 * as a picture (`onFrame`).
 */
export function ScreenScan({ pending, onFrame }: { pending: boolean; onFrame: (dataBase64: string) => void }) {
  const { t } = useTranslation();
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<GrabProblem | undefined>(undefined);
  const screens = useScreenGrabber();
  return (
    <section aria-labelledby="add-screen">
      <h2 id="add-screen">{t('adding.screen.title')}</h2>
      <p>{t('adding.screen.intro')}</p>
      <button
        type="button"
        disabled={scanning || pending}
        onClick={() => {
          setScanning(true);
          setProblem(undefined);
          void screens.grab().then((grabbed) => {
            setScanning(false);
            if ('problem' in grabbed) setProblem(grabbed.problem);
            else onFrame(grabbed.dataBase64);
          });
        }}
      >
        {t('adding.screen.start')}
      </button>
      {scanning && <p role="status">{t('adding.screen.scanning')}</p>}
      <div className="form-error" role="alert">
        {problem !== undefined && <p>{t(`adding.screen.${problem}`)}</p>}
      </div>
    </section>
  );
}
