import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { firstScript } from '../../renderer/vitePlugins';

// renderer/vitePlugins.ts's firstScript, on a page of three modules built for real with Vite:
// main.ts imports ask.ts (the first script's module, which imports shared.ts) and app.ts.
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'deskid-first-script-'));
  const files = {
    'index.html':
      '<!doctype html><html><head></head><body><script type="module" src="./main.ts"></script></body></html>',
    'main.ts': "import { asked } from './ask';\nimport { render } from './app';\nrender(asked);\n",
    'ask.ts': "import { send } from './shared';\nexport const asked = send('start');\n",
    'shared.ts': 'export const send = (what: string) => `${what}:${Date.now()}`;\n',
    'app.ts':
      "import { send } from './shared';\nexport const render = (text: string) => { document.body.append(text, send('app')); };\n",
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Builds the page with firstScript('ask.ts') and its group (as the renderer's config, changed by `group`): the HTML written, and the folder. */
async function buildWith(
  group: (holds: (id: string) => boolean) => Partial<Rolldown.CodeSplittingGroup> = () => ({}),
): Promise<{ html: string; outDir: string }> {
  const first = firstScript('ask.ts', 'ask');
  const outDir = path.join(root, `out-${Math.random().toString(36).slice(2)}`);
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'silent',
    plugins: [first.plugin],
    build: {
      outDir,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'ask', priority: 2, test: first.holds, ...group(first.holds) },
              { name: 'start', priority: 1, tags: ['$initial'], test: (id) => !/(index\.html|main\.ts)$/.test(id) },
            ],
          },
        },
      } satisfies Rolldown.RolldownOptions,
    },
  });
  return { html: await readFile(path.join(outDir, 'index.html'), 'utf8'), outDir };
}

describe('firstScript', () => {
  it('puts the module and what it imports in a chunk of their own, loaded by a script before the entry', async () => {
    const { html, outDir } = await buildWith();
    const scripts = [...html.matchAll(/<script type="module"[^>]* src="\.\/assets\/([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatch(/^ask-.*\.js$/);
    expect(scripts[1]).toMatch(/^index-.*\.js$/);
    // The script is not preloaded as well; the rest of the first screen is.
    expect(html).not.toMatch(/modulepreload[^>]*ask-/);
    expect(html).toMatch(/modulepreload[^>]*start-/);
    const ask = await readFile(path.join(outDir, 'assets', scripts[0] ?? ''), 'utf8');
    // ask.ts and shared.ts, which it imports.
    expect(ask).toContain('`start`');
    expect(ask).toContain('Date.now()');
    expect(ask).not.toMatch(/\bimport\b/);
  });

  it('refuses a chunk that imports another, which would hold the script back until that one is compiled', async () => {
    await expect(buildWith(() => ({ includeDependenciesRecursively: false }))).rejects.toThrow(
      /first-script: the ask chunk imports assets\/start-.*\.js, so it would wait for them\./,
    );
  });

  it('refuses a build where no chunk has the name', async () => {
    await expect(buildWith(() => ({ test: () => false }))).rejects.toThrow(
      'first-script: expected one chunk named ask, found 0.',
    );
  });
});
