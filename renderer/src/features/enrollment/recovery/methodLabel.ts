import type { Method } from '../../../../../electron/contract/accountStatus';
import type { TFunction } from '../../../i18n/translate';

/**
 * The names the ID server gives a method nobody named (`label` left out when it was
 * added): they come in the server's language, so DeskID says them in the person's own
 * from the method's type and phone digits instead. A name someone chose stays as typed.
 */
const serverDefaults: Record<Method['type'], RegExp> = {
  phone: /^Phone ending (\d{2,4})$/,
  totp: /^Authenticator app$/,
  passkey: /^Passkey$/,
};

/** The server's default name for `method`, said in the person's language; `undefined` for a name someone chose. */
function defaultLabel(method: Method, t: TFunction): string | undefined {
  const matched = serverDefaults[method.type].exec(method.label);
  if (matched === null) return undefined;
  if (method.type !== 'phone') return t(`recovery.methodLabels.${method.type}`);
  const digits = matched[1] ?? '';
  // Only the server's own pattern for this very phone: a name that merely looks alike stays.
  if (method.phone !== undefined && !method.phone.masked.replace(/\D/g, '').endsWith(digits)) return undefined;
  return t('recovery.methodLabels.phone', { digits });
}

/** The method's name in the person's language ("Teléfono terminado en 0958"), or the name they chose, as typed. */
export function methodLabel(method: Method, t: TFunction): string {
  return defaultLabel(method, t) ?? method.label;
}

/**
 * The method's name with its masked number when the name alone does not show it: a phone
 * someone named "Desk phone" reads "Desk phone (•••-•••-0123)"; one the server named
 * reads "Phone ending 0123" in the person's language.
 */
export function methodLabelWithNumber(method: Method, t: TFunction): string {
  const localized = defaultLabel(method, t);
  if (localized !== undefined) return localized;
  return method.phone === undefined ? method.label : `${method.label} (${method.phone.masked})`;
}
