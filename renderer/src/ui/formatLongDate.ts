import type { TFunction } from '../i18n/useTranslation';

const monthKeys = [
  'common.months.jan',
  'common.months.feb',
  'common.months.mar',
  'common.months.apr',
  'common.months.may',
  'common.months.jun',
  'common.months.jul',
  'common.months.aug',
  'common.months.sep',
  'common.months.oct',
  'common.months.nov',
  'common.months.dec',
] as const;

/**
 * A day in the person's language, "March 7, 2025" / "7 de marzo de 2025", written from the
 * strings rather than `Intl.DateTimeFormat`: Chromium's first long date format builds ICU's
 * pattern generator, 13–30 ms on the first screen (bench:renderer), for two languages whose
 * long dates the strings spell out exactly.
 */
function writeDay(t: TFunction, year: number, monthIndex: number, day: number): string {
  const monthKey = monthKeys[monthIndex];
  if (monthKey === undefined) throw new RangeError(`No month ${monthIndex + 1}.`);
  return t('common.longDate', { year, month: t(monthKey), day });
}

/** A protocol date (`2025-03-07`), the same day everywhere. */
export function formatDate(isoDate: string, t: TFunction): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return isoDate;
  return writeDay(t, Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** A moment (ISO-8601) as the day it is on this computer's clock. */
export function formatDay(isoTime: string, t: TFunction): string {
  const moment = new Date(isoTime);
  if (Number.isNaN(moment.getTime())) return isoTime;
  return writeDay(t, moment.getFullYear(), moment.getMonth(), moment.getDate());
}
