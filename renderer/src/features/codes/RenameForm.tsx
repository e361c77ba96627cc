import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { SubHeading } from '../signIn/SubHeading';
import { accountName } from './accountName';
import { updateCodes, type CodeAccount } from './useCodes';

interface Props {
  account: CodeAccount;
  onDone: (notice: string | undefined) => void;
}

/** Renaming an account in place: its service (issuer) and account (label). */
export function RenameForm({ account, onDone }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [issuer, setIssuer] = useState(account.issuer);
  const [label, setLabel] = useState(account.label);
  const rename = useAction(async () => {
    const renamed = await bridge.codes.rename({ id: account.id, issuer: issuer.trim(), label: label.trim() });
    updateCodes((accounts) => accounts.map((each) => (each.id === renamed.id ? renamed : each)));
    onDone(t('codes.renamed', { name: accountName(renamed) }));
  });
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void rename.run(undefined);
      }}
    >
      <SubHeading>{`${t('codes.rename')}: ${accountName(account)}`}</SubHeading>
      <Field label={t('codes.issuer')} value={issuer} onChange={(event) => setIssuer(event.target.value)} />
      <Field label={t('codes.label')} value={label} onChange={(event) => setLabel(event.target.value)} />
      <FormError error={rename.error} />
      <div className="actions">
        <button type="submit" disabled={rename.pending}>
          {t('codes.save')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(undefined)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
