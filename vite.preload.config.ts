import { defineConfig } from 'vite';

/**
 * Bundles the preload. Sandboxed preloads cannot be ES modules, so it is one CommonJS
 * file with a .cjs name (the package is "type": "module").
 */
export default defineConfig({
  build: {
    // Forge 7's Vite plugin merges its defaults into rollupOptions, so ours must use the same key.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    rollupOptions: {
      output: { format: 'cjs', entryFileNames: 'preload.cjs', inlineDynamicImports: true },
    },
  },
});
