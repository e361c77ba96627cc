import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Method } from '../../../../electron/contract/accountStatus';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { formatDay } from '../../ui/formatLongDate';
import { methodLabel, methodLabelWithNumber } from '../enrollment/recovery/methodLabel';
import { useFocusAfterRender } from './useFocusAfterRender';
import { useFreshAction } from './useFreshAction';
import type { StepUpControl } from './useStepUp';

interface Props {
  method: Method;
  stepUp: StepUpControl;
  /** Reads the account again after a change, with a sentence to announce (and says a failure itself). */
  onChanged: (notice: string) => Promise<unknown>;
  /**
   * The method is gone: reads the account again and moves focus on (the row's buttons go
   * with it). Answers whether the account was read; if not, the row stays, closed.
   */
  onRemoved: (notice: string) => Promise<boolean>;
  /** Opens "Add another method" (offered when this is the last one). */
  onAdd: () => void;
  /** This row may show its rename form or remove confirmation (one open thing on the page at a time). */
  open: boolean;
  /** The row opens its form or confirmation: whatever else the page had open closes. */
  onOpen: () => void;
}

type Mode = 'view' | 'rename' | 'remove';

/** One method in the table: type, name, when added and last used; Rename inline; Remove after a confirmation and a step-up. */
export function MethodRow({ method, stepUp, onChanged, onRemoved, onAdd, open, onOpen }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [ownMode, setMode] = useState<Mode>('view');
  // Another part of the page opened something, or the person left to add a method: this row is back to its buttons.
  const mode = open ? ownMode : 'view';
  const shownLabel = methodLabel(method, t);
  const [label, setLabel] = useState(shownLabel);
  const renameButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const rename = useAction((next: string) => bridge.manage.renameMethod({ factorId: method.id, label: next }));
  const remove = useFreshAction(
    stepUp,
    () => bridge.manage.removeMethod({ factorId: method.id }),
    async () => {
      // Removed, but the list was not read again: no confirmation is left to remove it twice.
      if (!(await onRemoved(t('manage.methods.removed', { name: shownLabel })))) setMode('view');
    },
  );
  const lastMethod = remove.error instanceof DeskIdError && remove.error.code === 'last_method';
  // "Yes, remove it" gives way to "Add another method": focus goes with it.
  useEffect(() => {
    if (lastMethod) confirmButton.current?.focus();
  }, [lastMethod]);

  const openMode = (next: Exclude<Mode, 'view'>) => {
    onOpen();
    setMode(next);
    if (next === 'rename') setLabel(shownLabel);
    else focusAfterRender(confirmButton);
  };
  const close = (back: typeof renameButton) => {
    setMode('view');
    focusAfterRender(back);
  };
  const submitRename = async (event: SyntheticEvent) => {
    event.preventDefault();
    const renamed = await rename.run(label.trim());
    if (renamed === undefined) return;
    setMode('view');
    await onChanged(t('manage.methods.renamed', { name: renamed.label }));
  };

  const type = t(`recovery.methodTypes.${method.type}`);
  return (
    <tr>
      <td>{type}</td>
      <td>
        {methodLabelWithNumber(method, t)} {!method.verified && t('manage.methods.unverified')}
      </td>
      <td>{formatDay(method.createdAt, t)}</td>
      <td>{method.lastUsedAt === undefined ? t('manage.methods.never') : formatDay(method.lastUsedAt, t)}</td>
      <td>
        <div className="method-actions">
          {mode === 'view' && (
            <>
              <button type="button" className="secondary" ref={renameButton} onClick={() => openMode('rename')}>
                {`${t('manage.methods.rename')} `}
                <span className="visually-hidden">{shownLabel}</span>
              </button>
              <button
                type="button"
                className="secondary"
                ref={removeButton}
                onClick={() => {
                  remove.reset();
                  openMode('remove');
                }}
              >
                {`${t('manage.methods.remove')} `}
                <span className="visually-hidden">{shownLabel}</span>
              </button>
            </>
          )}
          {mode === 'rename' && (
            <form onSubmit={(event) => void submitRename(event)} className="inline-form">
              <Field
                label={t('manage.methods.newName', { name: shownLabel })}
                value={label}
                maxLength={64}
                required
                autoFocus
                onChange={(event) => setLabel(event.target.value)}
              />
              <FormError error={rename.error} />
              <button type="submit" disabled={label.trim() === ''} aria-disabled={rename.pending}>
                {t('manage.methods.saveName')}
              </button>
              <button type="button" className="secondary" onClick={() => close(renameButton)}>
                {t('common.cancel')}
              </button>
            </form>
          )}
          {mode === 'remove' && (
            <div className="inline-form">
              <p>{t('manage.methods.removeQuestion', { name: shownLabel })}</p>
              <div className="form-error" role="alert">
                {lastMethod && <p>{t('manage.methods.lastMethod')}</p>}
              </div>
              {!lastMethod && <FormError error={remove.error} />}
              {/* Two buttons (keys), not one relabelled: focus moving to a new one is announced. */}
              {lastMethod ? (
                <button key="add" type="button" ref={confirmButton} onClick={onAdd}>
                  {t('manage.methods.add')}
                </button>
              ) : (
                // Not `disabled` while pending: a disabled button drops the focus it has.
                <button
                  key="remove"
                  type="button"
                  ref={confirmButton}
                  aria-disabled={remove.pending}
                  onClick={() => {
                    if (!remove.pending) remove.start();
                  }}
                >
                  {t('manage.methods.removeYes')}
                </button>
              )}
              <button type="button" className="secondary" onClick={() => close(removeButton)}>
                {t('manage.methods.keep')}
              </button>
            </div>
          )}
        </div>
      </td>
    </tr>
  );
}
