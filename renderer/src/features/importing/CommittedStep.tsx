import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/router';
import { SubHeading } from '../signIn/SubHeading';
import type { ImportCommitted } from './PreviewStep';

interface CommittedStepProps {
  result: ImportCommitted;
  /** A Google Authenticator export comes in batches: offer the next one. */
  batches: boolean;
  onNext: () => void;
}

/** What the import added, and the way on: another batch, another file, or the codes. */
export function CommittedStep({ result, batches, onNext }: CommittedStepProps) {
  const { t } = useTranslation();
  return (
    <section className="import-step" aria-labelledby="import-done">
      <SubHeading id="import-done">{t('importing.committed', { count: result.added })}</SubHeading>
      {result.duplicates > 0 && <p>{t('importing.committedDuplicates', { count: result.duplicates })}</p>}
      {result.repeated > 0 && <p>{t('importing.committedRepeated', { count: result.repeated })}</p>}
      {batches && <p>{t('importing.anotherBatchHint')}</p>}
      <div className="actions">
        <button type="button" onClick={onNext}>
          {batches ? t('importing.anotherBatch') : t('importing.chooseAnother')}
        </button>
        <Link to="/codes">{t('importing.toCodes')}</Link>
      </div>
    </section>
  );
}
