import { useTranslation } from '../../i18n/useTranslation';
import type { FieldProblem } from './checkManualEntry';
import type { UriProblem } from './checkOtpauthUri';

const secretProblems = new Set(['secretNotBase32', 'secretTooShort', 'secretTooLong']);

/**
 * A problem found in the person's input, in their language: a set-up link's under
 * `adding.uri.problems`, a manual field's (and any secret's) under `adding.manual.problems`.
 */
export function useProblemWords(): (problem: UriProblem | FieldProblem, from: 'uri' | 'manual') => string {
  const { t } = useTranslation();
  return ({ problem, ...values }, from) => {
    const group = from === 'manual' || secretProblems.has(problem) ? 'manual' : 'uri';
    // Every problem has its key in the group (checked by the tests); the typed `t` cannot join them.
    return (t as (key: string, options: object) => string)(`adding.${group}.problems.${problem}`, values);
  };
}
