import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { FormError } from '../../ui/FormError';
import { SubHeading } from '../signIn/SubHeading';
import { accountName } from './accountName';
import type { CodesNotice } from './codesNotice';
import { updateCodes, type CodeAccount } from './useCodes';

interface Props {
  account: CodeAccount;
  onDone: (notice: CodesNotice | undefined) => void;
}

/** "Delete GitHub (alice)?" with Yes and Cancel: nothing is deleted without it. */
export function RemoveConfirm({ account, onDone }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const name = accountName(account);
  const remove = useAction(async () => {
    await bridge.codes.remove({ id: account.id });
    updateCodes((accounts) => accounts.filter((each) => each.id !== account.id));
    onDone({ kind: 'removed', name });
  });
  return (
    <div className="inline-form">
      <SubHeading>{t('codes.removeConfirm', { name })}</SubHeading>
      <FormError error={remove.error} />
      <div className="actions">
        <button type="button" disabled={remove.pending} onClick={() => void remove.run(undefined)}>
          {t('codes.removeYes')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(undefined)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
