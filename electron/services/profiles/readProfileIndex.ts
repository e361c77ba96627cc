import { readFile } from 'node:fs/promises';
import { DeskIdError } from '../../contract/DeskIdError';
import { profileIndexSchema, type ProfileIndex } from './profileIndexSchema';

/**
 * Reads `profiles.json`. A missing file is an empty list; a damaged one is `file_error`
 * (details: `file`, `backup`) and is left as it is.
 */
export async function readProfileIndex(file: string): Promise<ProfileIndex> {
  const result = await tryRead(file);
  if (result === 'missing') return { format: 'deskid-profiles', version: 1, profiles: [] };
  if (result !== 'damaged') return result;
  const backup = await tryRead(`${file}.bak`);
  throw new DeskIdError('file_error', 'The list of profiles on this computer is damaged and was left as it is.', {
    file,
    backup: typeof backup === 'object' ? `${file}.bak` : null,
  });
}

async function tryRead(file: string): Promise<ProfileIndex | 'missing' | 'damaged'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = profileIndexSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'damaged';
  } catch {
    return 'damaged';
  }
}
