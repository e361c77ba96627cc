import { useTranslation } from '../../i18n/useTranslation';
import type { CallOutput } from '../../../../electron/contract/calls';
import { useSkipReasonWords } from './useSkipReasonWords';

/** What `importing.preview` and `adding.fromImage` answer: the entries an import would add. */
export type ImportPreview = CallOutput<'importing.preview'>;
type Entry = ImportPreview['entries'][number];

/**
 * What an import would add, one row an account: issuer, name, kind and whether it will be
 * added, is already in the list, is repeated in the file (added once), or cannot be read
 * (and why). Nothing is written yet.
 */
export function PreviewTable({ entries, captionId }: { entries: Entry[]; captionId: string }) {
  const { t } = useTranslation();
  return (
    <table className="import-preview" aria-labelledby={captionId}>
      <thead>
        <tr>
          <th scope="col">{t('importing.issuer')}</th>
          <th scope="col">{t('importing.label')}</th>
          <th scope="col">{t('importing.type')}</th>
          <th scope="col">{t('importing.status')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => (
          <tr key={index} className={`import-${entry.status}`}>
            <td>{entry.issuer === '' ? t('importing.noIssuer') : entry.issuer}</td>
            <td>{entry.label === '' ? t('importing.noLabel') : entry.label}</td>
            <td>{entry.type === 'hotp' ? t('importing.typeHotp') : t('importing.typeTotp')}</td>
            <td>
              <StatusWords entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StatusWords({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const reason = useSkipReasonWords();
  if (entry.status === 'new') return <>{t('importing.statusNew')}</>;
  if (entry.status === 'duplicate') return <strong>{t('importing.statusDuplicate')}</strong>;
  if (entry.status === 'repeated') return <strong>{t('importing.statusRepeated')}</strong>;
  return (
    <strong>
      {entry.why === undefined
        ? t('importing.statusUnsupportedNoReason')
        : t('importing.statusUnsupported', { reason: reason(entry.why) })}
    </strong>
  );
}
