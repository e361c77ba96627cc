import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive } from './isProcessAlive';

const tempName = /\.tmp-(\d+)-[0-9a-f]{8}$/;

/**
 * Deletes temp files left in `dir` by a writer that died mid-write (see writeFileAtomic).
 * Temps of a live process are left alone: it may be about to rename them.
 */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = tempName.exec(name);
    if (match?.[1] !== undefined && !isProcessAlive(Number(match[1]))) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}
