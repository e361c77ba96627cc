import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { isStale } from './buildStaleness';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const rendererOutDir = path.join(repoRoot, 'dist', 'renderer');
const inputs = ['renderer', 'electron/contract', 'package-lock.json'];

/**
 * Builds the renderer into dist/renderer (or `outDir`) quietly (the browser host prints one
 * line only).
 */
export async function buildRenderer({ outDir = rendererOutDir }: { outDir?: string } = {}): Promise<void> {
  await build({
    configFile: path.join(repoRoot, 'renderer', 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

/** Builds only when a renderer input is newer than the last build, so start-up stays quick. */
export async function buildRendererIfStale(): Promise<void> {
  const sources = inputs.map((input) => path.join(repoRoot, input));
  if (isStale(path.join(rendererOutDir, 'index.html'), sources)) await buildRenderer();
}
