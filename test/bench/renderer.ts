// npm run bench:renderer — run it inside a keyring session (the browser host's handlers
// hold the OS keychain):
//   sh scripts/with-keyring.sh npm run bench:renderer
// Prints one JSON line:
// - load to interactive of the wizard (the real renderer through the real browser host,
//   its handlers and the embedded demo ID server, all in this process) next to a minimal
//   React page built with the same Vite config and served by a bare static server with the
//   same security headers, in alternating runs in Debian's Chromium driven over the
//   DevTools protocol alone (rawChromium.ts; Playwright only checks, once per page, that its
//   role locator finds the control timed) (median, p90; goal: ratio of medians <= 1.3),
//   with the renderer's CPU time per load (task, script, style, layout);
// - the renderer's initial JavaScript gzipped (goal <= 200 KB), the JavaScript loaded
//   before the wizard is interactive, all chunks, and the five largest chunks loaded before
//   it is interactive (initial or the start screen's lazy ones) with what fills them.
// Timings are figures to read, never asserted: the machine is shared.
// `--renderer-root DIR` measures a copy of renderer/ with a change to try instead (the copy
// needs its relative imports beside it: electron/contract, protocol, tsconfig.base.json).
import { randomUUID } from 'node:crypto';
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build, mergeConfig, type InlineConfig, type Rolldown } from 'vite';
import { createDispatcher } from '../../electron/contract/dispatcher';
import { startBrowserHost } from '../../electron/host/startBrowserHost';
import { createAppContext } from '../../electron/services/app/createAppContext';
import { createHandlers } from '../../electron/services/app/createHandlers';
import { readPackageVersion } from '../../electron/services/app/readPackageVersion';
import { readStaticFile } from '../../electron/services/app/readStaticFile';
import { securityHeaders } from '../../electron/services/app/securityHeaders';
import { startEmbeddedIdServer } from '../../electron/services/app/startEmbeddedIdServer';
import { demoAccounts, demoPassword, startServer } from '../../server/index';
import rendererConfig from '../../renderer/vite.config';
import { chromiumLaunchOptions } from '../fixtures/chromium';
import { launchRawChromium, type RawChromium } from './rawChromium';
import { repoRoot } from '../fixtures/browserHost';

const loadGoal = 1.3;
const initialJsGoalKb = 200;
const minimalPageDir = path.join(repoRoot, 'test', 'bench', 'minimalPage');

/**
 * What "interactive" means on each page: the first control with this ARIA role inside
 * `main` is visible and enabled. The wizard's first screen is the sign-in form, whose
 * first control is the username field; the minimal page has one button.
 */
const readyRole = { wizard: 'textbox', minimal: 'button' } as const;
type ReadyRole = (typeof readyRole)[keyof typeof readyRole];

/** One page's load-to-interactive figures, in ms from navigation start (`performance.timeOrigin`). */
export interface LoadFigures {
  medianMs: number;
  p90Ms: number;
  /** Median main-thread task time of the page's renderer per load (CDP `Performance.getMetrics` TaskDuration). */
  cpuTaskMedianMs: number;
  /** Median script time per load (ScriptDuration). */
  cpuScriptMedianMs: number;
  /** Style recalculation and layout by then (Chromium's RecalcStyleDuration, LayoutDuration), medians. */
  cpuStyleMedianMs: number;
  cpuLayoutMedianMs: number;
  runs: number;
}

/** A set of built JavaScript files, raw and gzipped (node:zlib, default level 6, as servers use). */
export interface JsWeight {
  files: number;
  rawKb: number;
  gzipKb: number;
}

/** Figures of one run of the renderer benchmark. */
export interface RendererBenchFigures {
  /** How "interactive" was decided on each page. */
  criterion: string;
  wizard: LoadFigures;
  minimalPage: LoadFigures;
  /** Median wizard / median minimal page; the goal is at most 1.3. */
  loadRatio: number;
  /**
   * The same ratio read per round (each round loads both pages back to back), median and
   * p10–p90 of those ratios: a slow spell of the shared machine slows both loads of a round,
   * so this moves less between runs than the ratio of two medians. Printed beside it.
   */
  pairedRatio: { median: number; p10: number; p90: number };
  loadGoal: number;
  /** The entry chunk and its static imports (Vite's manifest `imports`, not `dynamicImports`). */
  initialJs: JsWeight & { goalKb: number; htmlAgrees: boolean };
  /** Every script the wizard had fetched when it became interactive (initial plus the start screen's lazy chunks). */
  jsToInteractive: JsWeight & { chunks: string[] };
  /** Every JavaScript chunk of the renderer build. */
  allJs: JsWeight;
  /** The minimal page's initial JavaScript, for scale. */
  minimalPageInitialJs: JsWeight;
  /**
   * The five largest chunks loaded before the wizard is interactive (gzipped), whether each
   * is initial or one of the start screen's lazy chunks, and the packages or folders that
   * fill them (rendered size before minifying).
   */
  largestChunksToInteractive: { chunk: string; gzipKb: number; initial: boolean; mainModules: string[] }[];
}

interface BuiltPage {
  dir: string;
  chunks: Rolldown.OutputChunk[];
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const round2 = (value: number): number => Math.round(value * 100) / 100;
const kb = (bytes: number): number => round1(bytes / 1024);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Builds a page with the renderer's own Vite config (plugins, `build` section), a manifest beside it. */
async function buildPage(outDir: string, overrides: InlineConfig = {}): Promise<BuiltPage> {
  const result = await build(
    mergeConfig(rendererConfig, {
      ...overrides,
      configFile: false,
      logLevel: 'warn',
      build: { ...overrides.build, outDir, manifest: true },
    } satisfies InlineConfig),
  );
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs.flatMap((output) =>
    'output' in output ? output.output.filter((item) => item.type === 'chunk') : [],
  );
  return { dir: outDir, chunks };
}

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The built page's initial JavaScript: the entry chunk and everything it imports
 * statically, walked through Vite's manifest; `htmlAgrees` says whether index.html's
 * entry script and modulepreload links name the same files.
 */
async function initialFiles(dir: string): Promise<{ files: string[]; htmlAgrees: boolean }> {
  const manifest = JSON.parse(await readFile(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestEntry
  >;
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const linked = [
    ...html.matchAll(/<script type="module"[^>]* src="\.\/([^"]+\.js)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]* href="\.\/([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
  // A page whose entry module went into the config's 'start' group (the minimal page's
  // main.ts) has no entry in the manifest: its HTML's script is where the walk starts then.
  const roots =
    entries.length > 0 ? entries : Object.keys(manifest).filter((key) => linked.includes(manifest[key]?.file ?? ''));
  const seen = new Set<string>();
  const walk = (key: string): void => {
    const entry = manifest[key];
    if (entry === undefined) throw new Error(`Vite's manifest names ${key} but has no entry for it.`);
    if (seen.has(entry.file)) return;
    seen.add(entry.file);
    for (const imported of entry.imports ?? []) walk(imported);
  };
  for (const key of roots) walk(key);
  const htmlAgrees = linked.length === seen.size && linked.every((file) => seen.has(file));
  return { files: [...seen], htmlAgrees };
}

/** Each file's size raw and gzipped. */
async function sizesOf(dir: string, files: string[]): Promise<Map<string, { raw: number; gzip: number }>> {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  for (const file of files) {
    const body = await readFile(path.join(dir, file));
    sizes.set(file, { raw: body.length, gzip: gzipSync(body).length });
  }
  return sizes;
}

async function weigh(dir: string, files: string[]): Promise<JsWeight> {
  const sizes = [...(await sizesOf(dir, files)).values()];
  const sum = (pick: (size: { raw: number; gzip: number }) => number) =>
    sizes.reduce((total, size) => total + pick(size), 0);
  return { files: files.length, rawKb: kb(sum((size) => size.raw)), gzipKb: kb(sum((size) => size.gzip)) };
}

/** `react-dom`, `@scope/name`, or our own folder (`renderer/src/features`). */
function sourceOf(moduleId: string): string {
  const inPackage = moduleId.split('node_modules/').at(-1) ?? moduleId;
  if (inPackage !== moduleId)
    return inPackage
      .split('/')
      .slice(0, inPackage.startsWith('@') ? 2 : 1)
      .join('/');
  const relative = path.relative(repoRoot, moduleId.replace(/^\0/, ''));
  return relative.startsWith('..') ? moduleId : relative.split(path.sep).slice(0, 3).join('/');
}

function mainModules(chunk: Rolldown.OutputChunk): string[] {
  const bySource = new Map<string, number>();
  for (const [id, module] of Object.entries(chunk.modules)) {
    bySource.set(sourceOf(id), (bySource.get(sourceOf(id)) ?? 0) + module.renderedLength);
  }
  return [...bySource]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([source, length]) => `${source} ${kb(length)} KB`);
}

interface Served {
  url: string;
  close: () => Promise<void>;
}

/**
 * The wizard as the app serves it: the real browser host with the real handlers over the
 * built renderer in `rendererDir`, the embedded demo ID server, a fresh data folder and a
 * keychain service name of its own.
 */
async function serveWizard(rendererDir: string, dataDir: string): Promise<Served> {
  const context = createAppContext({
    hostKind: 'browser',
    version: readPackageVersion(pathToFileURL(path.join(repoRoot, 'package.json'))),
    dataDir,
    env: { ...process.env, DESKID_KEYCHAIN_SERVICE: `deskid-bench-${randomUUID()}` },
  });
  const host = await startBrowserHost({
    dispatch: createDispatcher({ handlers: createHandlers(context) }),
    rendererDir,
  });
  try {
    const embedded = await startEmbeddedIdServer(
      context,
      { start: startServer, demo: { username: demoAccounts[0]?.username ?? 'demo.none', password: demoPassword } },
      { origin: `http://localhost:${host.port}` },
    );
    return {
      url: host.url,
      close: async () => {
        await Promise.all([host.close(), embedded.close()]);
      },
    };
  } catch (error) {
    await host.close();
    throw error;
  }
}

/** A bare loopback static server for `dir` with the app's security headers (and the host's file reading). */
async function serveStatic(dir: string): Promise<Served> {
  const server = http.createServer((request, response) => {
    void readStaticFile(dir, request.url ?? '/').then((file) => {
      response.writeHead(file === null ? 404 : 200, {
        ...securityHeaders,
        'content-type': file?.contentType ?? 'text/plain; charset=utf-8',
      });
      response.end(file?.body ?? 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * Runs in the page before its own scripts: on every DOM change (and every frame, for
 * changes CSS alone makes) it looks for the first control of the role inside `main`,
 * and records `performance.now()` (ms since navigation start) the first time it is
 * visible and enabled. Plain JavaScript in a string: it is sent to the page as is.
 */
const watchScript = (role: ReadyRole): string => `(() => {
  const selector = ${JSON.stringify(
    role === 'textbox'
      ? 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], input[type="search"], input[type="password"], textarea, [role="textbox"]'
      : 'button, input[type="button"], input[type="submit"], [role="button"]',
  )};
  const state = { readyAt: null, element: null };
  window.__deskidBench = state;
  const check = () => {
    if (state.readyAt !== null) return;
    const element = document.querySelector('main')?.querySelector(selector);
    if (!element || element.disabled || element.closest('fieldset:disabled, [aria-disabled="true"], [inert]')) return;
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
    state.readyAt = performance.now();
    state.element = element;
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  const frame = () => { check(); if (state.readyAt === null) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

interface LoadSample {
  ms: number;
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  scripts: string[];
}

/** The address without its fragment, where the wizard's launch secret is. */
const withoutSecret = (url: string): string => url.split('#')[0] ?? url;

/** The page never showed its control: what to change if its first screen did. */
function noReadyControl(url: string, role: ReadyRole, cause?: unknown): Error {
  return new Error(
    `${withoutSecret(url)} showed no visible, enabled ${role} inside main within 30 s. ` +
      'If the first screen changed, change readyRole in test/bench/renderer.ts.',
    cause === undefined ? undefined : { cause },
  );
}

/**
 * One load in a fresh browser context (its HTTP and code caches empty), in Chromium driven
 * over the DevTools protocol alone (rawChromium.ts: no Network domain, which Playwright
 * would turn on): the in-page time to interactive, the renderer's CPU time by then, and the
 * scripts fetched before it. Every script must have come over the network, not a cache.
 */
async function loadOnce(browser: RawChromium, url: string, role: ReadyRole): Promise<LoadSample> {
  const page = await browser.newPage();
  const { send, evaluate } = page;
  try {
    await send('Performance.enable');
    // Page's events are a handful per load; without it the script below is not installed.
    await send('Page.enable');
    await send('Page.addScriptToEvaluateOnNewDocument', { source: watchScript(role) });
    const { errorText } = await send<{ errorText?: string }>('Page.navigate', { url });
    if (errorText !== undefined) throw new Error(`${withoutSecret(url)} did not load: ${errorText}.`);
    let readyAt: number | null = null;
    for (const started = Date.now(); readyAt === null;) {
      if (Date.now() - started > 30_000) {
        throw noReadyControl(url, role);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      readyAt = await evaluate<number | null>('window.__deskidBench?.readyAt ?? null');
    }
    const { metrics } = await send<{ metrics: { name: string; value: number }[] }>('Performance.getMetrics');
    const metric = (name: string): number => round1((metrics.find((item) => item.name === name)?.value ?? 0) * 1000);
    const scripts = await evaluate<{ file: string; transferSize: number }[]>(
      `performance.getEntriesByType('resource')
        .filter((entry) => entry.startTime <= ${readyAt} && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ file: new URL(entry.name).pathname.slice(1), transferSize: entry.transferSize }))`,
    );
    const cached = scripts.filter((script) => script.transferSize === 0);
    if (cached.length > 0)
      throw new Error(`Scripts came from a cache: ${cached.map((script) => script.file).join(', ')}.`);
    return {
      ms: readyAt,
      taskMs: metric('TaskDuration'),
      scriptMs: metric('ScriptDuration'),
      styleMs: metric('RecalcStyleDuration'),
      layoutMs: metric('LayoutDuration'),
      scripts: scripts.map((script) => script.file),
    };
  } finally {
    await page.close();
  }
}

/**
 * Once per page, in Playwright: its role locator must find the same control as the page
 * script (readyRole), so that "interactive" means what a person, or an assistive
 * technology, would find first.
 */
async function checkReadyControl(browser: Browser, url: string, role: ReadyRole): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.addInitScript({ content: watchScript(role) });
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .waitForFunction(
        () => (window as unknown as { __deskidBench?: { readyAt: number | null } }).__deskidBench?.readyAt ?? null,
        null,
        { timeout: 30_000 },
      )
      .catch((error: unknown) => {
        throw noReadyControl(url, role, error);
      });
    const control = await page.locator('main').getByRole(role).first().elementHandle({ timeout: 10_000 });
    const same = await page.evaluate(
      ([element]) => element === (window as unknown as { __deskidBench: { element: unknown } }).__deskidBench.element,
      [control] as const,
    );
    if (!same) throw new Error(`The page script and getByRole('${role}') found different first controls in main.`);
  } finally {
    await page.close();
  }
}

function loadFigures(samples: LoadSample[]): LoadFigures {
  const median = (pick: (sample: LoadSample) => number): number => round1(percentile(samples.map(pick), 50));
  return {
    medianMs: median((sample) => sample.ms),
    p90Ms: round1(
      percentile(
        samples.map((sample) => sample.ms),
        90,
      ),
    ),
    cpuTaskMedianMs: median((sample) => sample.taskMs),
    cpuScriptMedianMs: median((sample) => sample.scriptMs),
    cpuStyleMedianMs: median((sample) => sample.styleMs),
    cpuLayoutMedianMs: median((sample) => sample.layoutMs),
    runs: samples.length,
  };
}

/**
 * Builds the renderer and the minimal page into temporary folders, weighs the renderer's
 * JavaScript, then loads each page `runs` times in Debian's Chromium, alternating which
 * goes first in each round, after `warmups` rounds that are not counted.
 */
export async function benchRenderer({
  runs = 30,
  warmups = 2,
  rendererRoot,
}: {
  runs?: number;
  warmups?: number;
  /** A variant of `renderer/` to measure instead (a copy with a change to try), built with the same config. */
  rendererRoot?: string | undefined;
} = {}): Promise<RendererBenchFigures> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'deskid-bench-renderer-'));
  const closers: (() => Promise<void>)[] = [];
  try {
    const renderer = await buildPage(
      path.join(work, 'renderer'),
      rendererRoot === undefined ? {} : { root: rendererRoot },
    );
    const minimal = await buildPage(path.join(work, 'minimal'), {
      root: minimalPageDir,
      build: { rolldownOptions: { input: path.join(minimalPageDir, 'index.html') } },
    });

    const initial = await initialFiles(renderer.dir);
    const allFiles = (await readdir(path.join(renderer.dir, 'assets'))).filter((file) => file.endsWith('.js'));
    const minimalInitial = await initialFiles(minimal.dir);

    const wizard = await serveWizard(renderer.dir, path.join(work, 'data'));
    closers.push(wizard.close);
    const page = await serveStatic(minimal.dir);
    closers.push(page.close);
    const targets = [
      { url: wizard.url, role: readyRole.wizard, samples: [] as LoadSample[] },
      { url: page.url, role: readyRole.minimal, samples: [] as LoadSample[] },
    ] as const;
    const checking = await chromium.launch(chromiumLaunchOptions());
    try {
      for (const target of targets) await checkReadyControl(checking, target.url, target.role);
    } finally {
      await checking.close();
    }
    const browser = await launchRawChromium();
    closers.push(() => browser.close());
    for (let round = 0; round < warmups + runs; round++) {
      for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
        const sample = await loadOnce(browser, target.url, target.role);
        if (round >= warmups) target.samples.push(sample);
      }
    }
    const roundRatios = targets[0].samples.map(
      (sample, round) => sample.ms / (targets[1].samples[round]?.ms ?? Number.NaN),
    );
    const [wizardRuns, minimalRuns] = targets.map((target) => loadFigures(target.samples));
    if (wizardRuns === undefined || minimalRuns === undefined) throw new Error('A page was not measured.');
    const toInteractive = [...new Set(targets[0].samples.flatMap((sample) => sample.scripts))].sort();
    const sizes = await sizesOf(renderer.dir, toInteractive);
    const gzipOf = (file: string): number => sizes.get(file)?.gzip ?? 0;
    return {
      criterion:
        "first control of the role inside main visible and enabled (wizard: getByRole('textbox'), " +
        "minimal page: getByRole('button')), ms since navigation start; loopback, no throttling",
      wizard: wizardRuns,
      minimalPage: minimalRuns,
      loadRatio: round2(wizardRuns.medianMs / minimalRuns.medianMs),
      pairedRatio: {
        median: round2(percentile(roundRatios, 50)),
        p10: round2(percentile(roundRatios, 10)),
        p90: round2(percentile(roundRatios, 90)),
      },
      loadGoal,
      initialJs: {
        ...(await weigh(renderer.dir, initial.files)),
        goalKb: initialJsGoalKb,
        htmlAgrees: initial.htmlAgrees,
      },
      jsToInteractive: { ...(await weigh(renderer.dir, toInteractive)), chunks: toInteractive },
      allJs: await weigh(
        renderer.dir,
        allFiles.map((file) => `assets/${file}`),
      ),
      minimalPageInitialJs: await weigh(minimal.dir, minimalInitial.files),
      largestChunksToInteractive: renderer.chunks
        .filter((chunk) => sizes.has(chunk.fileName))
        .sort((a, b) => gzipOf(b.fileName) - gzipOf(a.fileName))
        .slice(0, 5)
        .map((chunk) => ({
          chunk: chunk.fileName,
          gzipKb: kb(gzipOf(chunk.fileName)),
          initial: initial.files.includes(chunk.fileName),
          mainModules: mainModules(chunk),
        })),
    };
  } finally {
    for (const close of closers.reverse()) await close();
    await rm(work, { recursive: true, force: true });
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const rootFlag = process.argv.indexOf('--renderer-root');
  benchRenderer({ rendererRoot: rootFlag === -1 ? undefined : path.resolve(process.argv[rootFlag + 1] ?? '') }).then(
    (figures) => process.stdout.write(`${JSON.stringify({ bench: 'renderer', ...figures })}\n`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      console.error('Run it inside a keyring session: sh scripts/with-keyring.sh npm run bench:renderer');
      process.exitCode = 1;
    },
  );
}
