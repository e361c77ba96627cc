import { useTranslation } from '../../i18n/useTranslation';
import type { StrengthScore } from './loadStrength';

/** The lowest score a backup passphrase may have: "Strong". */
export const minimumScore: StrengthScore = 3;

/**
 * The passphrase's strength as a meter and a word ("Very weak" … "Very strong"), with what
 * is required when it is too weak. The word is in a polite live region, read as it changes.
 */
export function StrengthMeter({ score, typed, id }: { score: StrengthScore | undefined; typed: boolean; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="strength" id={id}>
      <span id={`${id}-label`}>{t('exporting.strength.label')}</span>{' '}
      <meter aria-labelledby={`${id}-label`} min={0} max={4} low={2} high={3} optimum={4} value={score ?? 0} />{' '}
      <span aria-live="polite">
        {score === undefined ? (typed ? t('exporting.strength.checking') : '') : t(`exporting.strength.score${score}`)}
        {score !== undefined && score < minimumScore && (
          <> — {t('exporting.strength.tooWeak', { minimum: t(`exporting.strength.score${minimumScore}`) })}</>
        )}
      </span>
    </div>
  );
}
