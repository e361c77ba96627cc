import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const rendererOutDir = path.join(repoRoot, 'dist', 'renderer');
const inputs = ['renderer', 'electron/contract', 'package-lock.json'];

/** Builds the renderer into dist/renderer quietly (the browser host prints one line only). */
export async function buildRenderer(): Promise<void> {
  await build({
    configFile: path.join(repoRoot, 'renderer', 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: rendererOutDir },
  });
}

/** Builds only when a renderer input is newer than the last build, so start-up stays quick. */
export async function buildRendererIfStale(): Promise<void> {
  const built = mtimeOf(path.join(rendererOutDir, 'index.html'));
  if (built === 0 || inputs.some((input) => newestMtime(path.join(repoRoot, input)) > built)) await buildRenderer();
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
