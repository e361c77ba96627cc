import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the renderer. Used by `npm run build:renderer`, the browser host and Electron
 * Forge's Vite plugin (forge.config.ts), so every host serves the same bundle.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [
    react(),
    // V8's explicit compile hint (Chromium 136+; Electron 45 ships 142): the functions of the
    // first screen's chunk are compiled eagerly while it streams in, off the main thread, not
    // one by one on first call. bench:renderer: the wizard's main-thread script time per load
    // went from about 63 to 49 ms. Only that chunk: the lazy ones hold code that a screen may
    // never call (libphonenumber, the password strength tables).
    {
      name: 'compile-hints',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          for (const item of Object.values(bundle))
            if (item.type === 'chunk' && item.name === 'start')
              item.code = `//# allFunctionsCalledOnLoad\n${item.code}`;
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
