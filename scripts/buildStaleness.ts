import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * True when `output` is missing or one of `inputs` (files, or folders searched whole but
 * for node_modules and dist) was changed after it: the builds run again only then.
 */
export function isStale(output: string, inputs: readonly string[]): boolean {
  const built = mtimeOf(output);
  return built === 0 || inputs.some((input) => newestMtime(input) > built);
}

function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry)
    .filter((name) => name !== 'node_modules' && name !== 'dist')
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}
