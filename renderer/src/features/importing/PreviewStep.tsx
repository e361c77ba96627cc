import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { CallOutput } from '../../../../electron/contract/calls';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useAction } from '../../data/useAction';
import { codesKey } from '../codes/useCodes';
import { SubHeading } from '../signIn/SubHeading';
import { FeatureError } from './FeatureError';
import { PreviewTable, type ImportPreview } from './PreviewTable';

/** What `importing.commit` answers: how many accounts were added, and how many were there already. */
export type ImportCommitted = CallOutput<'importing.commit'>;

interface PreviewStepProps {
  preview: ImportPreview;
  fileName: string;
  onCommitted: (result: ImportCommitted) => void;
  onCancel: () => void;
}

/**
 * The preview of an import (file or QR picture) and its one action, "Add N accounts"
 * (`importing.commit`). Nothing is written before that button; duplicates and entries
 * DeskID cannot read are marked and never added.
 */
export function PreviewStep({ preview, fileName, onCommitted, onCancel }: PreviewStepProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const headingId = useId();
  const count = (status: string) => preview.entries.filter((entry) => entry.status === status).length;
  const added = count('new');
  const commit = useAction(async () => {
    const result = await bridge.importing.commit({ previewId: preview.previewId });
    queryCache.invalidate(codesKey);
    onCommitted(result);
  });
  return (
    <section className="import-step" aria-labelledby={headingId}>
      <SubHeading id={headingId}>{t('importing.previewTitle', { fileName })}</SubHeading>
      <p>{t('importing.previewFormat', { format: t(`importing.formatNames.${preview.format}`) })}</p>
      <p>
        {t('importing.previewCounts', {
          added,
          duplicates: count('duplicate'),
          unsupported: count('unsupported'),
        })}
      </p>
      {count('repeated') > 0 && <p>{t('importing.previewRepeated', { count: count('repeated') })}</p>}
      <PreviewTable entries={preview.entries} captionId={headingId} />
      {added === 0 && <p>{t('importing.nothingNew')}</p>}
      <FeatureError error={commit.error} feature="importing" />
      <div className="actions">
        {added > 0 && (
          <button type="button" disabled={commit.pending} onClick={() => void commit.run(undefined)}>
            {commit.pending ? t('common.working') : t('importing.commit', { count: added })}
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('importing.chooseAnother')}
        </button>
      </div>
    </section>
  );
}
