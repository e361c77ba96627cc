import type { TFunction } from '../i18n/useTranslation';

/** A wait in words: "14 min 32 s", or "40 s" under a minute. */
export function formatWait(t: TFunction, totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  if (seconds < 60) return t('common.seconds', { count: seconds });
  return t('common.minutesSeconds', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
}
