import { useTranslation } from '../../i18n/useTranslation';
import type { CodeProblem } from './checkTypedCode';

/** Why a typed code was not sent, in words (announced: the field's problem is a live region). */
export function CodeProblemText({ problem, digits }: { problem: CodeProblem; digits: number }) {
  const { t } = useTranslation();
  const typed = problem.problem === 'wrong_length' ? problem.typed : 0;
  return <span role="alert">{t(`signIn.codeProblem.${problem.problem}`, { digits, typed })}</span>;
}
