import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** V8's magic comment: compile every function of this script as it loads. */
const compileHint = '//# allFunctionsCalledOnLoad';

/**
 * Builds the renderer. Used by `npm run build:renderer`, the browser host and Electron
 * Forge's Vite plugin (forge.config.ts), so every host serves the same bundle.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [
    react(),
    // V8's explicit compile hint (Chromium 136+; Electron 45 is built on Chromium 156): the
    // functions of the first screen's chunk are compiled eagerly while it streams in, off the
    // main thread, not one by one on first call. bench:renderer (docs/benchmarks/renderer.md,
    // "Compile hint and paint first"), the wizard's main-thread time per load in two A/B runs:
    // 74→66 ms and 66→58 ms of script. Only that chunk: the lazy ones hold code
    // that a screen may never call (libphonenumber, the password strength tables).
    // Not `output.postBanner` (a function of the chunk): Vite's import analysis prepends its
    // `__vite__mapDeps` line in its own generateBundle, after every banner, so the hint would
    // land on the second line. Here it is added last, and augmentChunkHash puts it in the
    // chunk's hash (and so in those of the chunks that import it): a build with the hint and
    // one without never share a file name.
    {
      name: 'compile-hints',
      augmentChunkHash: (chunk) => (chunk.name === 'start' ? compileHint : undefined),
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          for (const item of Object.values(bundle))
            if (item.type === 'chunk' && item.name === 'start') item.code = `${compileHint}\n${item.code}`;
        },
      },
    },
  ],
  build: {
    // outDir is set by the caller: dist/renderer for the browser host, .vite/renderer under Forge.
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or styles: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk beside the entry: the browser
        // fetches six files at a time per host, and bench:renderer showed the first screen
        // waiting on three waves of small shared chunks. Screens opened later stay lazy.
        // The entry (index.html, main.tsx) stays a chunk of its own, so Vite's manifest marks it.
        codeSplitting: {
          groups: [
            { name: 'start', tags: ['$initial'], test: (id) => !/[\\/](index\.html|src[\\/]main\.tsx)$/.test(id) },
          ],
        },
      },
    },
  },
});
