import { useTranslation } from '../../i18n/useTranslation';
import type { UploadProblem } from './readUpload';

/** Why a chosen file was not sent, in words (`role="alert"`; empty when there is none). */
export function UploadProblemText({ problem, id }: { problem: UploadProblem | undefined; id?: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-error" role="alert" id={id}>
      {problem === undefined ? null : (
        <p>
          {problem.problem === 'tooLarge'
            ? t('importing.fileTooLarge', problem)
            : t('importing.fileUnreadable', { fileName: problem.fileName })}
        </p>
      )}
    </div>
  );
}
