/** A chosen file, read for a bridge call that carries it as base64. */
export interface Upload {
  fileName: string;
  dataBase64: string;
}

/** Why a chosen file cannot be sent: larger than the call takes, or unreadable from the disk. */
export type UploadProblem =
  { problem: 'tooLarge'; fileName: string; size: string; max: string } | { problem: 'unreadable'; fileName: string };

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

/**
 * Reads `file` as base64 for a bridge call that takes at most `maxBytes` (the call's own
 * limit, from the contract). A file over the limit is refused here, with its size, before
 * any request; a file the browser cannot read (moved, no permission) says so.
 */
export async function readUpload(file: File, maxBytes: number): Promise<Upload | UploadProblem> {
  if (file.size > maxBytes) {
    return { problem: 'tooLarge', fileName: file.name, size: megabytes(file.size), max: megabytes(maxBytes) };
  }
  try {
    return { fileName: file.name, dataBase64: await blobToBase64(file) };
  } catch {
    return { problem: 'unreadable', fileName: file.name };
  }
}

/** The bytes of `blob` as base64 (a data URL without its `data:…;base64,` head). */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/** True when the file was refused (`readUpload`'s problem), not read. */
export const isUploadProblem = (read: Upload | UploadProblem): read is UploadProblem => 'problem' in read;
