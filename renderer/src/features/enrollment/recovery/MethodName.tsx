import { useTranslation } from '../../../i18n/useTranslation';
import type { Method } from '../../../../../electron/contract/accountStatus';
import { methodLabelWithNumber } from './methodLabel';

/** A method as a person recognises it: its kind in words and its name ("Passkey: This computer"). */
export function MethodName({ method }: { method: Method }) {
  const { t } = useTranslation();
  const name = methodLabelWithNumber(method, t);
  return <>{t('recovery.done.methodLine', { type: t(`recovery.methodTypes.${method.type}`), name })}</>;
}
