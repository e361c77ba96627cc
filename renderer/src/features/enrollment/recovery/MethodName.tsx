import { useTranslation } from '../../../i18n/useTranslation';
import type { Method } from '../../../../../electron/contract/accountStatus';

/** A method as a person recognises it: its kind in words and its name ("Passkey: This computer"). */
export function MethodName({ method }: { method: Method }) {
  const { t } = useTranslation();
  const detail = method.phone === undefined ? method.label : `${method.label} (${method.phone.masked})`;
  return <>{t('recovery.done.methodLine', { type: t(`recovery.methodTypes.${method.type}`), name: detail })}</>;
}
