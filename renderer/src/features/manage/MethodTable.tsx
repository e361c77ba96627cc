import { useTranslation } from '../../i18n/useTranslation';
import type { AccountStatus } from '../../../../electron/contract/accountStatus';
import { MethodRow } from './MethodRow';
import type { StepUpControl } from './useStepUp';

interface Props {
  account: AccountStatus;
  stepUp: StepUpControl;
  onChanged: (notice: string) => Promise<void>;
  onAdd: () => void;
}

/** The account's methods as a table: type, name, added, last used, and what can be done with each. */
export function MethodTable({ account, stepUp, onChanged, onAdd }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="methods-title">{t('manage.methods.title')}</h2>
      <table className="methods" aria-labelledby="methods-title">
        <caption className="visually-hidden">{t('manage.methods.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manage.methods.type')}</th>
            <th scope="col">{t('manage.methods.name')}</th>
            <th scope="col">{t('manage.methods.added')}</th>
            <th scope="col">{t('manage.methods.lastUsed')}</th>
            <th scope="col">{t('manage.methods.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {account.methods.map((method) => (
            <MethodRow key={method.id} method={method} stepUp={stepUp} onChanged={onChanged} onAdd={onAdd} />
          ))}
        </tbody>
      </table>
    </>
  );
}
