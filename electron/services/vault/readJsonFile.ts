import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/**
 * Reads a JSON file DeskID wrote and checks it with its schema: the parsed value,
 * `'missing'` when there is no such file, or `'damaged'` when it is not JSON or does not
 * match. Any other read error (permissions, a folder in its place) is thrown as it is.
 * The counterpart of `writeFileAtomic`; each caller decides what missing and damaged mean.
 */
export async function readJsonFile<S extends z.ZodType>(
  file: string,
  schema: S,
): Promise<z.output<S> | 'missing' | 'damaged'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'damaged';
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : 'damaged';
}
