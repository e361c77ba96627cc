import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build, mergeConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import mainConfig from '../../vite.main.config';

const outDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-main-bundle-'));
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the Electron main bundle', () => {
  it("gives the bundled CommonJS packages a require for Node's built-ins (an ES-module main has none)", async () => {
    // As Forge's Vite plugin builds it: electron and Node's built-ins stay external.
    const external = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
    await build(
      mergeConfig(mainConfig, {
        configFile: false,
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true, minify: true, rollupOptions: { external } },
      }),
    );
    const chunks = (await readdir(outDir)).filter((file) => file.endsWith('.js'));
    const withShim: string[] = [];
    for (const chunk of chunks) {
      const code = await readFile(path.join(outDir, chunk), 'utf8');
      if (!code.includes("doesn't expose the `require` function")) continue;
      withShim.push(chunk);
      // The shim falls back to a `require` in scope: the banner's, made by createRequire.
      expect(code, chunk).toMatch(
        /^import \{ createRequire as (\w+) \} from "node:module";\nconst (\w+) = \1\(import\.meta\.url\);/,
      );
      expect(code, chunk).not.toMatch(/typeof require/);
    }
    expect(withShim.length).toBeGreaterThan(0);
  }, 120_000);
});
