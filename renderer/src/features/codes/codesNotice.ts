import type { TFunction } from '../../i18n/useTranslation';

/**
 * What the codes screen last announced, kept as data and worded at each render, so that a
 * switch of language words it again instead of leaving the old language's sentence.
 */
export type CodesNotice =
  { kind: 'moved'; name: string; place: number } | { kind: 'renamed' | 'removed'; name: string };

/** A notice in the active language ("GitHub (alice) was deleted."). */
export function noticeWords(t: TFunction, notice: CodesNotice | undefined): string {
  return notice === undefined ? '' : t(`codes.${notice.kind}`, notice);
}
