import { defineConfig } from 'vite';

/**
 * Bundles the ceremony window's preload (electron/preload/ceremony.ts): like the main
 * preload, one CommonJS file, since sandboxed preloads cannot be ES modules.
 */
export default defineConfig({
  build: {
    // Forge 7's Vite plugin merges its defaults into rollupOptions, so ours must use the same key.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    rollupOptions: {
      output: { format: 'cjs', entryFileNames: 'ceremony-preload.cjs', inlineDynamicImports: true },
    },
  },
});
