import type { TFunction } from '../../i18n/useTranslation';

/** The words of a row, each translated once per list (and language), not once per row. */
export interface RowLabels {
  moveUp: string;
  moveDown: string;
  rename: string;
  remove: string;
  alreadyUsed: string;
  /** "Copy the code of GitHub (alice)". */
  copy: (name: string) => string;
  /** "5 seconds left" (plural rules per language), remembered per number. */
  secondsLeft: (count: number) => string;
}

const marker = '\u0000';

/**
 * A sentence with one `{{name}}` cut where the name goes, so that 200 rows join
 * strings instead of each asking i18next to interpolate.
 */
function withName(t: TFunction, key: 'codes.copy'): (name: string) => string {
  const [before = '', after = ''] = t(key, { name: marker }).split(marker);
  return (name) => `${before}${name}${after}`;
}

/** The labels of every row, from the list's translator. */
export function rowLabels(t: TFunction): RowLabels {
  const seconds = new Map<number, string>();
  return {
    moveUp: t('codes.moveUp'),
    moveDown: t('codes.moveDown'),
    rename: t('codes.rename'),
    remove: t('codes.remove'),
    alreadyUsed: t('codes.alreadyUsed'),
    copy: withName(t, 'codes.copy'),
    secondsLeft: (count) => {
      let text = seconds.get(count);
      if (text === undefined) {
        text = t('codes.secondsLeft', { count });
        seconds.set(count, text);
      }
      return text;
    },
  };
}
