import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { ceremonyPagePath } from './electron/contract/ceremonyPage';

/**
 * Builds the passkey ceremony page (renderer/ceremony): served by the main process from
 * the app bundle at `<ID server origin>/__deskid-passkey-ceremony/`, so its assets are
 * addressed under that path. Electron Forge builds it as the `passkey_ceremony` renderer;
 * the main renderer's build (renderer/vite.config.ts) is unchanged.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer/ceremony', import.meta.url)),
  base: ceremonyPagePath,
  build: {
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or styles: the page's CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
