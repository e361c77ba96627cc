import { DeskIdError } from '../../contract/DeskIdError';

/** Parses JSON text from a backup; `import_failed` when it is not JSON. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DeskIdError('import_failed', `The ${what} file is not valid JSON: it may be damaged or truncated.`);
  }
}
