import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Method } from '../../../../electron/contract/accountStatus';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { formatDay } from '../../ui/formatLongDate';
import { useFreshAction } from './useFreshAction';
import type { StepUpControl } from './useStepUp';

interface Props {
  method: Method;
  stepUp: StepUpControl;
  /** Reads the account again after a change, with a sentence to announce. */
  onChanged: (notice: string) => Promise<void>;
  /** Opens "Add another method" (offered when this is the last one). */
  onAdd: () => void;
}

type Mode = 'view' | 'rename' | 'remove';

/** One method in the table: type, name, when added and last used; Rename inline; Remove after a confirmation and a step-up. */
export function MethodRow({ method, stepUp, onChanged, onAdd }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [mode, setMode] = useState<Mode>('view');
  const [label, setLabel] = useState(method.label);
  const rename = useAction((next: string) => bridge.manage.renameMethod({ factorId: method.id, label: next }));
  const remove = useFreshAction(
    stepUp,
    () => bridge.manage.removeMethod({ factorId: method.id }),
    () => onChanged(t('manage.methods.removed', { name: method.label })),
  );
  const lastMethod = remove.error instanceof DeskIdError && remove.error.code === 'last_method';

  const submitRename = async (event: SyntheticEvent) => {
    event.preventDefault();
    const renamed = await rename.run(label.trim());
    if (renamed === undefined) return;
    setMode('view');
    await onChanged(t('manage.methods.renamed', { name: renamed.label }));
  };

  const type = t(`recovery.methodTypes.${method.type}`);
  const name = method.phone === undefined ? method.label : `${method.label} (${method.phone.masked})`;
  return (
    <tr>
      <td>{type}</td>
      <td>
        {name} {!method.verified && t('manage.methods.unverified')}
      </td>
      <td>{formatDay(method.createdAt, t)}</td>
      <td>{method.lastUsedAt === undefined ? t('manage.methods.never') : formatDay(method.lastUsedAt, t)}</td>
      <td>
        <div className="method-actions">
          {mode === 'view' && (
            <>
              <button type="button" className="secondary" onClick={() => setMode('rename')}>
                {`${t('manage.methods.rename')} `}
                <span className="visually-hidden">{method.label}</span>
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  remove.reset();
                  setMode('remove');
                }}
              >
                {`${t('manage.methods.remove')} `}
                <span className="visually-hidden">{method.label}</span>
              </button>
            </>
          )}
          {mode === 'rename' && (
            <form onSubmit={(event) => void submitRename(event)} className="inline-form">
              <Field
                label={t('manage.methods.newName', { name: method.label })}
                value={label}
                maxLength={64}
                required
                autoFocus
                onChange={(event) => setLabel(event.target.value)}
              />
              <FormError error={rename.error} />
              <button type="submit" disabled={rename.pending || label.trim() === ''}>
                {t('manage.methods.saveName')}
              </button>
              <button type="button" className="secondary" onClick={() => setMode('view')}>
                {t('common.cancel')}
              </button>
            </form>
          )}
          {mode === 'remove' && (
            <div className="inline-form">
              <p>{t('manage.methods.removeQuestion', { name: method.label })}</p>
              <div className="form-error" role="alert">
                {lastMethod && <p>{t('manage.methods.lastMethod')}</p>}
              </div>
              {!lastMethod && <FormError error={remove.error} />}
              {lastMethod ? (
                <button type="button" onClick={onAdd}>
                  {t('manage.methods.add')}
                </button>
              ) : (
                <button type="button" disabled={remove.pending} onClick={remove.start}>
                  {t('manage.methods.removeYes')}
                </button>
              )}
              <button type="button" className="secondary" onClick={() => setMode('view')}>
                {t('manage.methods.keep')}
              </button>
            </div>
          )}
        </div>
      </td>
    </tr>
  );
}
