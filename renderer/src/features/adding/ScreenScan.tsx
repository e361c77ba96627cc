import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grabScreenFrame, type GrabProblem } from './grabScreenFrame';

/**
 * Scan the screen for a QR code: the browser asks which window or screen to share, one
 * frame is taken and the sharing stops; the frame goes on as a picture (`onFrame`).
 */
export function ScreenScan({ pending, onFrame }: { pending: boolean; onFrame: (dataBase64: string) => void }) {
  const { t } = useTranslation();
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<GrabProblem | undefined>(undefined);
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
          void grabScreenFrame().then((grabbed) => {
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
