import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Field } from '../../ui/Field';
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
}

/**
 * A labelled file input (the keyboard's way to choose a file), optionally inside a zone
 * a file can be dropped on, that reads the file as base64 for the bridge; a file over the
 * call's limit, or unreadable, is refused here in words before any request.
 */
export function FilePicker({ label, hint, maxBytes, accept, pending, onChosen, onChoosing, drop }: FilePickerProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UploadProblem | undefined>(undefined);
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
      <UploadProblemText problem={problem} />
    </>
  );
}
