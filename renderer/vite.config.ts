import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstScript } from './vitePlugins';

const entryModule = /[\\/](index\.html|src[\\/]main\.tsx)$/;

// The bridge and the start questions (the account, the settings) as the page's first
// script, ahead of the start chunk: see firstScript in vitePlugins.ts.
const startQuestions = firstScript('src/bridge/startBridge.ts', 'startBridge');

/**
 * Builds the renderer. Used by `npm run build:renderer`, the browser host and Electron
 * Forge's Vite plugin (forge.config.ts), so every host serves the same bundle.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), startQuestions.plugin],
  build: {
    // outDir is set by the caller: dist/renderer for the browser host, .vite/renderer under Forge.
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or styles: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything else the first screen needs in one chunk beside the entry: the browser
        // fetches six files at a time per host, and bench:renderer showed the first screen
        // waiting on three waves of small shared chunks. Screens opened later stay lazy.
        // The entry (index.html, main.tsx) stays a chunk of its own, so Vite's manifest marks it.
        codeSplitting: {
          groups: [
            { name: 'startBridge', priority: 2, test: startQuestions.holds },
            { name: 'start', priority: 1, tags: ['$initial'], test: (id) => !entryModule.test(id) },
          ],
        },
      },
    },
  },
});
