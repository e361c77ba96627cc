import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/router';
import { maxImageBytes } from '../../../../electron/contract/fileLimits';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useAction } from '../../data/useAction';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { codesKey } from '../codes/useCodes';
import { CommittedStep } from '../importing/CommittedStep';
import { FeatureError } from '../importing/FeatureError';
import { FilePicker } from '../importing/FilePicker';
import { PreviewStep, type ImportCommitted } from '../importing/PreviewStep';
import type { ImportPreview } from '../importing/PreviewTable';
import type { Upload } from '../importing/readUpload';
import { AddedResult, type Added } from './AddedResult';
import { ManualForm } from './ManualForm';
import { ScreenScan } from './ScreenScan';
import { UriForm } from './UriForm';
import '../importing/importing.css';
import './adding.css';

type View =
  | { view: 'ways' }
  | { view: 'added'; added: Added }
  | { view: 'preview'; preview: ImportPreview; fileName: string }
  | { view: 'committed'; result: ImportCommitted };

/**
 * Adding an account (`/codes/add`): paste a set-up link, choose or drop a picture of its
 * QR code, scan the screen for one, or type the key by hand. A picture may hold a Google
 * Authenticator export batch, so it shows the import preview before anything is added.
 */
export default function AddAccountScreen() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [view, setView] = useState<View>({ view: 'ways' });
  // Which control the picture came from: its failure is said there.
  const [source, setSource] = useState<'picture' | 'screen'>('picture');
  const pictureErrorId = useId();
  const fromImage = useAction(async (upload: Upload) => {
    const preview = await bridge.adding.fromImage(upload);
    setView({ view: 'preview', preview, fileName: upload.fileName });
  });
  const added = (answer: Added) => {
    queryCache.invalidate(codesKey);
    setView({ view: 'added', added: answer });
  };
  const again = () => {
    fromImage.reset();
    setView({ view: 'ways' });
  };
  return (
    <section className="adding" aria-labelledby="add-title">
      <ScreenHeading id="add-title">{t('adding.title')}</ScreenHeading>
      {view.view === 'ways' && (
        <>
          <p>{t('adding.intro')}</p>
          <UriForm onAdded={added} />
          <section aria-labelledby="add-image">
            <h2 id="add-image">{t('adding.image.title')}</h2>
            <p>{t('adding.image.intro')}</p>
            <FilePicker
              label={t('adding.image.field')}
              accept="image/png,image/jpeg,image/webp"
              maxBytes={maxImageBytes}
              pending={fromImage.pending}
              onChosen={(upload) => {
                setSource('picture');
                void fromImage.run(upload);
              }}
              onChoosing={fromImage.reset}
              drop={{ idle: t('adding.image.drop'), active: t('adding.image.dropActive') }}
              error={source === 'picture' ? fromImage.error : undefined}
              errorId={pictureErrorId}
            />
            <FeatureError
              id={pictureErrorId}
              error={source === 'picture' ? fromImage.error : undefined}
              feature="importing"
            />
          </section>
          <ScreenScan
            pending={fromImage.pending}
            failure={source === 'screen' ? fromImage.error : undefined}
            onFrame={(dataBase64) => {
              setSource('screen');
              void fromImage.run({ fileName: 'screen.png', dataBase64 });
            }}
          />
          <ManualForm onAdded={added} />
        </>
      )}
      {view.view === 'added' && <AddedResult added={view.added} onAnother={again} />}
      {view.view === 'preview' && (
        <PreviewStep
          preview={view.preview}
          fileName={view.fileName}
          onCommitted={(result) => setView({ view: 'committed', result })}
          onCancel={again}
        />
      )}
      {view.view === 'committed' && <CommittedStep result={view.result} batches={false} onNext={again} />}
      {view.view !== 'added' && view.view !== 'committed' && (
        <p>
          <Link to="/codes">{t('adding.toCodes')}</Link>
        </p>
      )}
    </section>
  );
}
