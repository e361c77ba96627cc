import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/router';
import type { CallOutput } from '../../../../electron/contract/calls';
import { SubHeading } from '../signIn/SubHeading';

/** What `adding.fromUri` and `adding.manual` answer: the accounts added and those already there. */
export type Added = CallOutput<'adding.fromUri'>;
type Summary = Added['added'][number];

const names = (accounts: Summary[]): string =>
  accounts.map((account) => [account.issuer, account.label].filter((part) => part !== '').join(': ')).join(', ');

/** The outcome of adding, by name: added, or already in the list (never added twice). */
export function AddedResult({ added, onAnother }: { added: Added; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="add-result" aria-labelledby="add-result">
      <SubHeading id="add-result">
        {added.added.length > 0
          ? t('adding.result.added', { count: added.added.length, names: names(added.added) })
          : t('adding.result.duplicates', { count: added.duplicates.length, names: names(added.duplicates) })}
      </SubHeading>
      {added.added.length > 0 && added.duplicates.length > 0 && (
        <p>{t('adding.result.duplicates', { count: added.duplicates.length, names: names(added.duplicates) })}</p>
      )}
      <div className="actions">
        <button type="button" onClick={onAnother}>
          {t('adding.result.addAnother')}
        </button>
        <Link to="/codes">{t('adding.toCodes')}</Link>
      </div>
    </section>
  );
}
