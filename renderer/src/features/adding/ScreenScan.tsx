import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import type { GrabProblem } from '../../platform/ScreenGrabber';
import { useScreenGrabber } from '../../platform/useScreenGrabber';
import { useFocusOnError } from '../../ui/useFocusOnError';
import { useDescribeFeatureError } from '../importing/useDescribeFeatureError';

/**
 * Scan the screen for a QR code: one picture of the screen (the browser asks which window
 * or screen to share; Electron captures the screens itself — `useScreenGrabber`) goes on
 * as a picture (`onFrame`). What went wrong, with the grab or with reading the picture it
 * took (`failure`), is said under the button, read with it, and the button takes focus
 * back (it was disabled while scanning).
 */
export function ScreenScan({
  pending,
  onFrame,
  failure,
}: {
  pending: boolean;
  onFrame: (dataBase64: string) => void;
  /** The host's refusal of the screen's picture (`adding.fromImage`). */
  failure: unknown;
}) {
  const { t } = useTranslation();
  const describe = useDescribeFeatureError('importing');
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<GrabProblem | undefined>(undefined);
  const screens = useScreenGrabber();
  const button = useRef<HTMLButtonElement>(null);
  const problemId = useId();
  useFocusOnError(problem ?? failure, () => button.current);
  let words: string | undefined;
  if (problem !== undefined) words = t(`adding.screen.${problem}`);
  else if (failure instanceof DeskIdError && failure.code === 'no_qr_code') words = t('adding.screen.no_qr_code');
  else if (failure !== undefined && failure !== null) words = describe(failure);
  return (
    <section aria-labelledby="add-screen">
      <h2 id="add-screen">{t('adding.screen.title')}</h2>
      <p>{t('adding.screen.intro')}</p>
      <button
        ref={button}
        type="button"
        disabled={scanning || pending}
        aria-describedby={words === undefined ? undefined : problemId}
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
      <div className="form-error" role="alert" id={problemId}>
        {words !== undefined && <p>{words}</p>}
      </div>
    </section>
  );
}
