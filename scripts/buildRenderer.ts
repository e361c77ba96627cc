import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const rendererOutDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/** Builds the renderer into dist/renderer quietly (the browser host prints one line only). */
export async function buildRenderer(): Promise<void> {
  await build({
    configFile: fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url)),
    logLevel: 'error',
    build: { outDir: rendererOutDir },
  });
}
