import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { useFocusOnError } from '../../ui/useFocusOnError';
import { SubHeading } from '../signIn/SubHeading';
import { accountName } from './accountName';
import type { CodesNotice } from './codesNotice';
import { updateCodes, type CodeAccount } from './useCodes';

interface Props {
  account: CodeAccount;
  onDone: (notice: CodesNotice | undefined) => void;
}

/**
 * Renaming an account in place: its service (issuer) and account (label), trimmed. One of
 * the two must be left (the host's rule), checked here before any request and said on the
 * service field, which then takes focus; a refusal by the host focuses it too.
 */
export function RenameForm({ account, onDone }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [issuer, setIssuer] = useState(account.issuer);
  const [label, setLabel] = useState(account.label);
  const [blank, setBlank] = useState<object | undefined>(undefined);
  const issuerField = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const rename = useAction(async () => {
    const renamed = await bridge.codes.rename({ id: account.id, issuer: issuer.trim(), label: label.trim() });
    updateCodes((accounts) => accounts.map((each) => (each.id === renamed.id ? renamed : each)));
    onDone({ kind: 'renamed', name: accountName(renamed) });
  });
  const failed = rename.error !== undefined && rename.error !== null;
  useFocusOnError(blank ?? rename.error, () => issuerField.current);
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setBlank(undefined);
    rename.reset();
  };
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // A new object each blank try, so that focus moves each time.
        if (issuer.trim() === '' && label.trim() === '') setBlank({});
        else void rename.run(undefined);
      }}
    >
      <SubHeading>{`${t('codes.rename')}: ${accountName(account)}`}</SubHeading>
      <Field
        ref={issuerField}
        label={t('codes.issuer')}
        problem={blank === undefined ? undefined : t('codes.namesRequired')}
        errorId={failed ? errorId : undefined}
        value={issuer}
        onChange={(event) => edit(setIssuer)(event.target.value)}
      />
      <Field label={t('codes.label')} value={label} onChange={(event) => edit(setLabel)(event.target.value)} />
      <FormError error={rename.error} id={errorId} />
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
