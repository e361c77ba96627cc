import { DeskIdError } from '../../contract/DeskIdError';
import { readJsonFile } from '../vault/readJsonFile';
import { profileIndexSchema, type ProfileIndex } from './profileIndexSchema';

/**
 * Reads `profiles.json`. A missing file is an empty list; a damaged one is `file_error`
 * (details: `file`, `backup`) and is left as it is.
 */
export async function readProfileIndex(file: string): Promise<ProfileIndex> {
  const result = await readJsonFile(file, profileIndexSchema);
  if (result === 'missing') return { format: 'deskid-profiles', version: 1, profiles: [] };
  if (result !== 'damaged') return result;
  const backup = await readJsonFile(`${file}.bak`, profileIndexSchema);
  throw new DeskIdError('file_error', 'The list of profiles on this computer is damaged and was left as it is.', {
    file,
    backup: typeof backup === 'object' ? `${file}.bak` : null,
  });
}
