import { DeskIdError } from '../../../contract/DeskIdError';

/**
 * The bytes of a file sent as base64 (the contract has checked its alphabet and size).
 * An empty file is `file_error`, naming the file.
 */
export function decodeUpload({ fileName, dataBase64 }: { fileName: string; dataBase64: string }): Buffer {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw new DeskIdError('file_error', `"${fileName}" is empty. Choose the file again.`);
  return bytes;
}
