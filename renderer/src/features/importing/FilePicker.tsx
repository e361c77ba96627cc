import { useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Field } from '../../ui/Field';
import { useFocusOnError } from '../../ui/useFocusOnError';
import { isUploadProblem, readUpload, type Upload, type UploadProblem } from './readUpload';
import { UploadProblemText } from './UploadProblemText';

interface FilePickerProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The bridge call's own file limit (from the contract). */
  maxBytes: number;
  accept?: string;
  pending: boolean;
  onChosen: (upload: Upload) => void;
  /** A new file is being chosen: earlier failures no longer apply. */
  onChoosing?: () => void;
  /** Words of a zone around the input where a file can also be dropped (with the mouse). */
  drop?: { idle: string; active: string };
  /** The caller's failure with the chosen file (a picture without a QR code, not a backup): the input takes focus. */
  error?: unknown;
  /** Where the caller says `error`, read with the input. */
  errorId?: string;
}

/**
 * A labelled file input (the keyboard's way to choose a file), optionally inside a zone
 * a file can be dropped on, that reads the file as base64 for the bridge; a file over the
 * call's limit, or unreadable, is refused here in words before any request. Either
 * problem, or the caller's `error` with the file, is read with the input, which takes focus.
 */
export function FilePicker(props: FilePickerProps) {
  const { label, hint, maxBytes, accept, pending, onChosen, onChoosing, drop, error, errorId } = props;
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UploadProblem | undefined>(undefined);
  const problemId = useId();
  const field = useRef<HTMLInputElement>(null);
  // The input was disabled while the file was read or sent: focus comes back to it with the problem.
  useFocusOnError(problem ?? error, () => field.current);
  const failed = error !== undefined && error !== null;
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const take = (file: File | undefined) => {
    if (file === undefined || pending || reading) return;
    onChoosing?.();
    setProblem(undefined);
    setReading(true);
    void readUpload(file, maxBytes).then((read) => {
      setReading(false);
      if (isUploadProblem(read)) setProblem(read);
      else onChosen(read);
    });
  };
  const input = (
    <Field
      ref={field}
      errorId={problem === undefined ? (failed ? errorId : undefined) : problemId}
      label={label}
      hint={hint}
      type="file"
      accept={accept}
      disabled={pending || reading}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        take(file);
      }}
    />
  );
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    setDragging(true);
  };
  return (
    <>
      {drop === undefined ? (
        input
      ) : (
        <div
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={onDragOver}
          onDragEnter={onDragOver}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            take(event.dataTransfer.files[0]);
          }}
        >
          {input}
          <p aria-hidden="true">{dragging ? drop.active : drop.idle}</p>
        </div>
      )}
      {(pending || reading) && <p role="status">{t('importing.reading')}</p>}
      <UploadProblemText problem={problem} id={problemId} />
    </>
  );
}
