import type { Plugin } from 'vite';

/** What `firstScript` gives vite.config.ts: the plugin, and the test of its chunk group. */
export interface FirstScript {
  plugin: Plugin;
  /**
   * A `codeSplitting` group's test: whether `id` is the first script's module. Rolldown's
   * groups take in what a captured module imports (`includeDependenciesRecursively`,
   * true by default), so the chunk holds its whole graph.
   */
  holds: (id: string) => boolean;
}

/**
 * Runs `entryModule` (a path from the build's root) and what it imports as the page's
 * first script: a chunk of its own (the config's group named `chunkName`, whose test is
 * `holds`), loaded by a `<script type="module">` put before the app's entry in index.html
 * (for its modulepreload). Module scripts run in document order, each as soon as its own
 * graph is compiled: this small chunk runs while V8 still compiles the start chunk (40–50
 * ms in bench:renderer's loads at stop 28), so its questions to the host are answered by the time
 * main.tsx renders. The app's entry imports the same chunk, which the browser's module map
 * evaluates once.
 * Build only: under Vite's dev server main.tsx's own import runs the module, as before.
 * A build without `entryModule` (bench:renderer's minimal page, built with this config)
 * is left as it is.
 */
export function firstScript(entryModule: string, chunkName: string): FirstScript {
  let entryId = entryModule;
  let inBuild = false;
  const plugin: Plugin = {
    name: 'first-script',
    apply: 'build',
    configResolved(config) {
      // Vite's root and module ids are absolute, with forward slashes on every system.
      entryId = `${config.root}/${entryModule}`;
    },
    buildEnd() {
      inBuild = this.getModuleInfo(entryId) !== null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!inBuild) return html;
        const chunks = Object.values(bundle ?? {}).filter((item) => item.type === 'chunk' && item.name === chunkName);
        const chunk = chunks[0];
        if (chunk === undefined || chunks.length > 1 || chunk.type !== 'chunk')
          throw new Error(`first-script: expected one chunk named ${chunkName}, found ${chunks.length}.`);
        if (chunk.imports.length > 0)
          throw new Error(
            `first-script: the ${chunkName} chunk imports ${chunk.imports.join(', ')}, so it would wait for them.`,
          );
        const src = `./${chunk.fileName}`;
        const entryScript = /<script type="module"[^>]*><\/script>/.exec(html);
        if (entryScript === null) throw new Error('first-script: index.html has no module script.');
        const preload = new RegExp(`\\s*<link rel="modulepreload"[^>]* href="${escapeRegExp(src)}">`);
        return html
          .replace(preload, '')
          .replace(entryScript[0], `<script type="module" crossorigin src="${src}"></script>\n    ${entryScript[0]}`);
      },
    },
  };
  return { plugin, holds: (id) => id === entryId };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
