import { useTranslation } from '../../i18n/useTranslation';
import type { CodeProblem } from './checkTypedCode';

/** A number per refusal (each check answers a new object), to announce the same words again. */
const refusals = new WeakMap<CodeProblem, number>();
let lastRefusal = 0;
function refusalNumber(problem: CodeProblem): number {
  let number = refusals.get(problem);
  if (number === undefined) {
    lastRefusal += 1;
    number = lastRefusal;
    refusals.set(problem, number);
  }
  return number;
}

/**
 * Why a typed code was not sent, in words, announced by its own `role="alert"` (the field's
 * problem paragraph is no live region). The same mistake made twice is a new alert element
 * (keyed per refusal), so a screen reader says it again rather than staying silent.
 */
export function CodeProblemText({ problem, digits }: { problem: CodeProblem; digits: number }) {
  const { t } = useTranslation();
  const typed = problem.problem === 'wrong_length' ? problem.typed : 0;
  return (
    <span key={refusalNumber(problem)} role="alert">
      {t(`signIn.codeProblem.${problem.problem}`, { digits, typed })}
    </span>
  );
}
