import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/router';
import { maxImportFileBytes } from '../../../../electron/contract/fileLimits';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { isAllowed, usePolicy } from '../settings/usePolicy';
import { CommittedStep } from './CommittedStep';
import { FeatureError } from './FeatureError';
import { FilePicker } from './FilePicker';
import { PasswordPrompt } from './PasswordPrompt';
import { PreviewStep, type ImportCommitted } from './PreviewStep';
import type { ImportPreview } from './PreviewTable';
import type { Upload } from './readUpload';
import './importing.css';

type Step =
  | { step: 'choose' }
  | { step: 'password'; upload: Upload }
  | { step: 'preview'; upload: Upload; preview: ImportPreview }
  | { step: 'done'; result: ImportCommitted; batches: boolean };

const isBatch = (format: ImportPreview['format']) => format === 'google_migration' || format === 'qr_image';

/**
 * Importing another authenticator app's export (`/codes/import`): choose the file, give
 * its password when it is encrypted, see what would be added (duplicates and unreadable
 * entries marked) and only then add them. Google Authenticator exports come as several
 * QR pictures: after each, "Add another batch". When machine policy switches imports off,
 * it says so and offers nothing.
 */
export default function ImportScreen() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const policy = usePolicy();
  const [step, setStep] = useState<Step>({ step: 'choose' });
  const fileErrorId = useId();
  const preview = useAction(async ({ upload, password }: { upload: Upload; password?: string }) => {
    try {
      const answer = await bridge.importing.preview(password === undefined ? upload : { ...upload, password });
      setStep({ step: 'preview', upload, preview: answer });
    } catch (failure) {
      if (failure instanceof DeskIdError && failure.code === 'password_required') {
        setStep({ step: 'password', upload });
        return;
      }
      throw failure;
    }
  });
  const restart = () => {
    preview.reset();
    setStep({ step: 'choose' });
  };
  if (!isAllowed(policy.data, 'allowImport')) {
    return (
      <section className="importing" aria-labelledby="import-title">
        <ScreenHeading id="import-title">{t('importing.title')}</ScreenHeading>
        <p>{t('importing.disabled')}</p>
      </section>
    );
  }
  return (
    <section className="importing" aria-labelledby="import-title">
      <ScreenHeading id="import-title">{t('importing.title')}</ScreenHeading>
      {step.step === 'choose' && (
        <>
          <p>{t('importing.intro')}</p>
          <p>{t('importing.formats')}</p>
          <FilePicker
            label={t('importing.file')}
            hint={t('importing.fileHint')}
            maxBytes={maxImportFileBytes}
            pending={preview.pending}
            onChosen={(upload) => void preview.run({ upload })}
            onChoosing={preview.reset}
            error={preview.error}
            errorId={fileErrorId}
          />
          <FeatureError id={fileErrorId} error={preview.error} feature="importing" />
        </>
      )}
      {step.step === 'password' && (
        <PasswordPrompt
          fileName={step.upload.fileName}
          pending={preview.pending}
          error={preview.error}
          onSubmit={(password) => void preview.run({ upload: step.upload, password })}
          onCancel={restart}
          onEdit={preview.reset}
        />
      )}
      {step.step === 'preview' && (
        <PreviewStep
          preview={step.preview}
          fileName={step.upload.fileName}
          onCommitted={(result) => setStep({ step: 'done', result, batches: isBatch(step.preview.format) })}
          onCancel={restart}
        />
      )}
      {step.step === 'done' && <CommittedStep result={step.result} batches={step.batches} onNext={restart} />}
      {step.step !== 'done' && (
        <p>
          <Link to="/codes">{t('importing.toCodes')}</Link>
        </p>
      )}
    </section>
  );
}
