// npm run bench:authenticator — run it inside a keyring session (the app's handlers hold
// the OS keychain), after `npm run build:renderer`:
//   sh scripts/with-keyring.sh npm run bench:authenticator
// The real app (the browser host process, fresh data folder and keychain service), one
// person with a PIN and 200 TOTP accounts (added with the real `deskid` CLI), in Debian's
// Chromium. Prints one JSON line, then readable lines:
// - unlock to all codes rendered: from the PIN form's submit (and from the vault open) to
//   the 200th code button in the DOM with layout done, next to the same list rendered from
//   static data in the same page: the real `CodeList` rendered by React from 200 static
//   accounts (staticCodeList/main.ts, built here with the renderer's Vite config; the goal,
//   ratio of medians <= 1.5, is read against it), and, as a lower bound, one rendered row
//   cloned 200 times (no React; its ratio is printed, no goal);
// - filter as you type: per keystroke in the search field, from keydown to the next
//   animation frame after React's commit, layout done, as a fraction of a 16 ms frame
//   (median, p90; goal < 1).
// `--full-audit-log` first fills the person's audit log to just under its 1 MiB rotation
// size with code copies (about 6,000 over six weeks), as months of use leave it.
// Timings are figures to read, never asserted: the machine is shared.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { build, mergeConfig, type InlineConfig } from 'vite';
import rendererConfig from '../../renderer/vite.config';
import { NapiKeychain } from '../../electron/services/keychain/NapiKeychain';
import { ProfileStore } from '../../electron/services/profiles/ProfileStore';
import { startApp, type RunningApp } from '../fixtures/browserHost';
import { chromiumLaunchOptions } from '../fixtures/chromium';
import { runDeskid } from '../fixtures/runDeskid';
import { profilePage, type PageProfile } from './cpuProfile';

const accountCount = 200;
/** The bench-only entry that renders the real `CodeList` from static data (never part of dist/renderer). */
const staticCodeListDir = fileURLToPath(new URL('staticCodeList/', import.meta.url));
const unlockGoal = 1.5;
const frameMs = 16;
const person = 'Bench Person';
const pin = '482915';
/**
 * Typed letter by letter. The labels hold no "g", so the first letter already narrows the
 * list (200 to 50 rows); the rows shown after each letter are printed.
 */
const letters = ['g', 'i', 't', 'l', 'a', 'b'] as const;
const query = letters.join('');
const issuers = [
  'GitHub',
  'GitLab',
  'Google',
  'Microsoft',
  'Slack',
  'Dropbox',
  'Amazon',
  'Stripe',
  'Atlassian',
  'Zoom',
  'Okta',
  'Salesforce',
  'Twilio',
  'Heroku',
  'DigitalOcean',
  'Cloudflare',
  'Figma',
  'Notion',
  'Payer Portal',
  'Epic',
];
/** One code of the codes screen: the copy button around it (`CodeValue`), one per TOTP account shown. */
const codeSelector = '.code-list .code-button';
/** The rows a search leaves shown (rows that do not match are hidden, not removed). */
const shownRowSelector = '.code-list > li:not([hidden])';

/** Account `index`'s service and account name. */
const namesOf = (index: number) => ({
  issuer: issuers[index % issuers.length] ?? 'Bench',
  label: `staff${index}@clinic.example.net`,
});

/** How many rows each prefix of the query leaves shown (a service or account name holding it, any case). */
function expectedRows(): Record<string, number> {
  const names = Array.from({ length: accountCount }, (_, index) => {
    const { issuer, label } = namesOf(index);
    return `${issuer} ${label}`.toLowerCase();
  });
  return Object.fromEntries(
    letters.map((_, index) => {
      const typed = query.slice(0, index + 1);
      return [typed, names.filter((each) => each.includes(typed)).length];
    }),
  );
}

/** Median and 90th percentile of a set of samples, in ms. */
export interface Spread {
  medianMs: number;
  p90Ms: number;
  runs: number;
}

/** Figures of one run of the authenticator benchmark. */
export interface AuthenticatorBenchFigures {
  accounts: number;
  /** Code copies in the person's audit log before the first unlock (`--full-audit-log`; 0 without). */
  auditLogCopies: number;
  /**
   * With `--renderer-dir`: the page's files came through Playwright's route, which holds
   * every request (the bridge calls too, 8–33 ms each in stop 30): compare only with such runs.
   */
  rendererDir?: true;
  /** What was timed, in words. `baseline`: the cloned rows; `reactBaseline`: `CodeList` from static data. */
  criteria: { unlock: string; baseline: string; reactBaseline: string; filter: string };
  /** PIN form submit to the 200th code in the DOM, layout forced. */
  unlock: Spread;
  /**
   * Where the unlock time goes (medians, ms; the browser's resource timing of the bridge's
   * HTTP calls): submit to the end of `profiles.unlock`'s answer (the host opens the vault
   * with the PIN), then to the end of `codes.list`'s answer (`toCodesAskedMs` of it: until
   * the page asked), then to the codes rendered.
   */
  unlockParts: { toUnlockAnswerMs: number; toCodesAskedMs: number; toCodesAnswerMs: number; toRenderedMs: number };
  /**
   * The lower bound: one rendered row cloned 200 times with new text (no React), attached
   * where the real list is, layout forced. No goal is read against it.
   */
  staticList: Spread;
  /** Median unlock / median cloned rows (the lower bound; no goal). */
  unlockRatio: number;
  /**
   * From the vault open (the end of `profiles.unlock`'s answer, the moment the profile is
   * unlocked) to the 200th code in the DOM, layout forced: the unlock without the PIN's KDF.
   */
  fromOpen: Spread;
  /** Median `fromOpen` / median cloned rows (the lower bound; no goal). */
  fromOpenRatio: number;
  /**
   * The same list rendered from static data in the same page: the renderer's `CodeList`
   * rendered by React (a root of its own where the real list is) from 200 static accounts
   * with the bench's services and account names, from the call to the first DOM change
   * leaving 200 code buttons in it, layout forced. The goal is read against this one.
   */
  reactStaticList: Spread;
  /** Median unlock / median `reactStaticList` (with the PIN's Argon2id). */
  reactUnlockRatio: number;
  /** Median `fromOpen` / median `reactStaticList`: the goal (at most 1.5) is read against this one. */
  reactFromOpenRatio: number;
  unlockGoal: number;
  /** Keydown to the next animation frame after the filtered list's commit, layout forced. */
  filter: Spread & {
    medianFrames: number;
    p90Frames: number;
    rowsPerKeystroke: number[];
    /** The median of each letter of the query over the runs, in ms. */
    medianMsPerKeystroke: number[];
  };
  /**
   * Keydown to React's commit with layout done, without waiting for the next frame: the
   * page's own work per keystroke (the frame figure adds up to one frame of waiting for
   * the display's next frame, whatever the work).
   */
  filterWork: Spread & { medianFrames: number; p90Frames: number };
  filterGoalFrames: number;
  /** With `--profile`: where the page's time went in one more unlock and one more typing of the query. */
  profiles?: { unlock: PageProfile; filter: PageProfile } | undefined;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const spread = (samples: number[]): Spread => ({
  medianMs: round2(percentile(samples, 50)),
  p90Ms: round2(percentile(samples, 90)),
  runs: samples.length,
});

/** A random 160-bit Base32 secret, as the ID server issues. */
function secret(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return Array.from({ length: 32 }, () => alphabet[Math.floor(Math.random() * 32)]).join('');
}

/** The person and their 200 accounts, through the real `deskid` CLI in the app's data folder and keychain service. */
async function addPerson(app: RunningApp): Promise<void> {
  const env = { DESKID_KEYCHAIN_SERVICE: app.keychainService };
  const where = ['--data-dir', app.dataDir];
  const added = await runDeskid(['profiles', 'add', person, '--pin-stdin', ...where], { stdin: `${pin}\n`, env });
  if (added.status !== 0) throw new Error(`deskid profiles add failed: ${added.stderr}`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-bench-auth-'));
  try {
    const file = path.join(dir, 'accounts.txt');
    const uris = Array.from({ length: accountCount }, (_, index) => {
      const { issuer, label } = namesOf(index);
      return `otpauth://totp/${encodeURIComponent(`${issuer}:${label}`)}?secret=${secret()}&issuer=${encodeURIComponent(issuer)}`;
    });
    await writeFile(file, `${uris.join('\n')}\n`, { mode: 0o600 });
    const imported = await runDeskid(['accounts', 'import', file, '--profile', person, '--pin-stdin', ...where], {
      stdin: `${pin}\n`,
      env,
    });
    if (imported.status !== 0) throw new Error(`deskid accounts import failed: ${imported.stderr}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The size at which a profile's audit log rotates (`AuditLog`'s default). */
const auditLogMaxBytes = 1024 * 1024;

/**
 * `--full-audit-log`: the person's audit log filled to just under its rotation size with
 * code copies of their accounts, one every 10 minutes (about 6,000 over six weeks), the
 * last a few minutes before the first unlock, as a shared desktop's daily use leaves it,
 * rather than the near-empty log of a new profile. Written through the services' own
 * ProfileStore and AuditLog, with their clock set back. Answers how many copies were
 * written.
 */
async function fillAuditLog(app: RunningApp): Promise<number> {
  const env = { DESKID_KEYCHAIN_SERVICE: app.keychainService };
  const where = ['--data-dir', app.dataDir];
  const listed = await runDeskid(['profiles', 'list', '--json', ...where], { env });
  const id = (JSON.parse(listed.stdout) as { id: string; displayName: string }[]).find(
    (profile) => profile.displayName === person,
  )?.id;
  const accounts = await runDeskid(['accounts', 'list', '--profile', person, '--pin-stdin', '--json', ...where], {
    stdin: `${pin}\n`,
    env,
  });
  if (id === undefined || accounts.status !== 0)
    throw new Error(`deskid could not list the person: ${accounts.stderr}`);
  const ids = (JSON.parse(accounts.stdout) as { id: string }[]).map((account) => account.id);
  const stepMs = 10 * 60_000;
  let at = Date.now() - 60 * 24 * 3_600_000;
  const store = new ProfileStore({
    dataDir: app.dataDir,
    keychain: new NapiKeychain(app.keychainService),
    now: () => at,
  });
  const log = store.auditLog(id);
  const file = path.join(store.profileDir(id), 'audit.jsonl');
  const copy = (index: number) =>
    log.append({ type: 'code_copied', outcome: 'ok', accountId: ids[index % ids.length] ?? '' });
  // One copy first, to learn a line's size, and so how many fit under the rotation size.
  const before = (await stat(file)).size;
  await copy(0);
  const { size } = await stat(file);
  // 20 lines short of the rotation size: room for the unlocks and locks of the timed rounds.
  const copies = 1 + Math.floor((auditLogMaxBytes - size) / (size - before)) - 20;
  at = Date.now() - (copies - 2) * stepMs - 3 * 60_000;
  for (let index = 1; index < copies; index += 1, at += stepMs) await copy(index);
  return copies;
}

/**
 * Runs in the page before its own scripts. `submittedAt`: the PIN form's submit (a
 * capture-phase listener on the document, before React's). `codesAt`: the first DOM
 * change after it that leaves 200 code buttons in the page, with layout forced there.
 * Per keystroke in the search field: keydown time, then, from the `input` event, the
 * next animation frame (after React's commit, which is flushed before it), layout forced,
 * with the rows shown then. Plain JavaScript in a string: it is sent to the page as is.
 */
const watchScript = `(() => {
  const state = { submittedAt: null, codesAt: null, keyAt: null, keystrokes: [] };
  const expectedRows = ${JSON.stringify(expectedRows())};
  window.__deskidBench = state;
  document.addEventListener('submit', () => { state.submittedAt = performance.now(); state.codesAt = null; }, true);
  new MutationObserver(() => {
    if (state.submittedAt === null || state.codesAt !== null) return;
    if (document.querySelectorAll(${JSON.stringify(codeSelector)}).length < ${accountCount}) return;
    document.querySelector('main').getBoundingClientRect();
    state.codesAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') state.keyAt = performance.now();
  }, true);
  document.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search' || state.keyAt === null) return;
    const keyAt = state.keyAt;
    state.keyAt = null;
    const value = event.target.value;
    const shownRows = () => document.querySelectorAll(${JSON.stringify(shownRowSelector)}).length;
    // On window, bubbling: after React's listener on its root and the commit it flushes then.
    let workMs = null;
    window.addEventListener('input', () => {
      if (shownRows() !== expectedRows[value]) return;
      document.querySelector('main').getBoundingClientRect();
      workMs = performance.now() - keyAt;
    }, { once: true });
    const frame = () => {
      const rows = shownRows();
      // A list updated later than the keystroke's own commit (deferred) is waited for, frame by frame.
      if (rows !== expectedRows[value]) return requestAnimationFrame(frame);
      document.querySelector('main').getBoundingClientRect();
      const ms = performance.now() - keyAt;
      state.keystrokes.push({ value, ms, workMs: workMs ?? ms, rows });
    };
    requestAnimationFrame(frame);
  }, true);
})();`;

/**
 * The static baseline, run in the page while the 200 codes are shown: one rendered row
 * (`li.code-row`) is cloned 200 times, each clone's service, account and code text
 * changed, into a detached `ul.code-list`, which is then attached where the real list is
 * (the real list is set aside first, outside the timing) and laid out
 * (`getBoundingClientRect`); the time is from the start to after that layout. Same place,
 * so the same rows are on screen and the same CSS applies (rows out of sight skip layout
 * through `content-visibility` in both). The list is removed and the real one put back.
 */
async function staticListOnce(page: Page): Promise<number> {
  return page.evaluate((count) => {
    const row = document.querySelector('.code-list > li.code-row');
    const realList = row?.parentElement;
    if (row === null || realList === null || realList === undefined) throw new Error('No rendered code row to copy.');
    const shownAs = realList.style.display;
    realList.style.display = 'none';
    realList.getBoundingClientRect();
    const start = performance.now();
    const list = document.createElement('ul');
    list.className = 'code-list';
    for (let index = 0; index < count; index++) {
      const copy = row.cloneNode(true) as HTMLElement;
      const issuer = copy.querySelector('.code-issuer');
      const label = copy.querySelector('.code-label');
      const code = copy.querySelector('.code');
      if (issuer !== null) issuer.textContent = `Static ${index}`;
      if (label !== null) label.textContent = `static${index}@clinic.example.net`;
      if (code !== null) code.textContent = `${String(100 + (index % 900))} ${String(100 + ((index * 7) % 900))}`;
      list.append(copy);
    }
    realList.before(list);
    list.getBoundingClientRect();
    const ms = performance.now() - start;
    list.remove();
    realList.style.display = shownAs;
    return ms;
  }, accountCount);
}

/**
 * `test/bench/staticCodeList/main.ts` built with the renderer's own Vite config (React
 * plugin, production React) into one classic script, in memory: it is added to the app's
 * page by the bench, never written to dist/renderer.
 */
async function buildStaticCodeList(): Promise<string> {
  const result = await build(
    mergeConfig(rendererConfig, {
      configFile: false,
      logLevel: 'warn',
      root: staticCodeListDir,
      // Library mode leaves process.env.NODE_ENV alone: React's production build, as the app's.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        write: false,
        lib: { entry: path.join(staticCodeListDir, 'main.ts'), formats: ['iife'], name: 'deskidStaticCodeList' },
        // One file: the renderer config's chunk groups do not apply to a single script.
        rolldownOptions: { output: { codeSplitting: false } },
      },
    } satisfies InlineConfig),
  );
  const chunk = (Array.isArray(result) ? result : [result])
    .flatMap((output) => ('output' in output ? output.output : []))
    .find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('Vite did not build test/bench/staticCodeList.');
  return chunk.code;
}

/** `window.__deskidStaticCodeList`, defined by staticCodeList/main.ts. */
type RenderStaticCodeList = (names: { issuer: string; label: string }[]) => Promise<number>;

/**
 * The React baseline, run in the page while the 200 codes are shown: the static list
 * script is added to the page if it is not there yet (the page is the same between
 * unlocks), then the real `CodeList` is rendered from 200 static accounts (the bench's
 * services and account names, codes filled in) into a root of its own where the real list
 * is (the real one set aside outside the timing), timed from the call to the first DOM
 * change leaving 200 code buttons in it, layout forced (a MutationObserver, as the real
 * path's end), then unmounted and the real list put back.
 */
async function reactStaticListOnce(page: Page, script: string): Promise<number> {
  const present = await page.evaluate(() => '__deskidStaticCodeList' in window);
  if (!present) await page.addScriptTag({ content: script });
  const names = Array.from({ length: accountCount }, (_, index) => namesOf(index));
  return page.evaluate(
    (list) => (window as unknown as { __deskidStaticCodeList: RenderStaticCodeList }).__deskidStaticCodeList(list),
    names,
  );
}

interface BenchState {
  submittedAt: number | null;
  codesAt: number | null;
  /** responseEnd of the last `profiles.unlock` and `codes.list` bridge calls (resource timing), read after the codes are shown. */
  unlockAnswerAt?: number | undefined;
  codesAnswerAt?: number | undefined;
  /** startTime of the last `codes.list` call: when the page asked. */
  codesAskedAt?: number | undefined;
  /** `ms`: to the next frame with the rows shown; `workMs`: to the commit with layout done (the frame not waited for). */
  keystrokes: { value: string; ms: number; workMs: number; rows: number }[];
}

const readState = (page: Page): Promise<BenchState> =>
  // No named function inside: tsx would wrap it in a helper (`__name`) the page lacks.
  page.evaluate(() => {
    const state = (window as unknown as { __deskidBench: BenchState }).__deskidBench;
    const answers = performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => 'responseEnd' in entry);
    return {
      ...state,
      unlockAnswerAt: answers.filter((entry) => entry.name.includes('/bridge/call/profiles.unlock')).at(-1)
        ?.responseEnd,
      codesAnswerAt: answers.filter((entry) => entry.name.includes('/bridge/call/codes.list')).at(-1)?.responseEnd,
      codesAskedAt: answers.filter((entry) => entry.name.includes('/bridge/call/codes.list')).at(-1)?.startTime,
    };
  });

/** Opens the person with their PIN and waits for the 200 codes; the page's timings of it. */
async function unlockOnce(page: Page): Promise<BenchState & { submittedAt: number; codesAt: number }> {
  await page.getByRole('heading', { level: 1, name: 'Who is using DeskID?' }).waitFor();
  await page.getByRole('radio', { name: person }).check();
  await page.getByLabel('Your PIN').fill(pin);
  await page.getByRole('button', { name: 'Open my profile' }).click();
  await page.waitForFunction(
    () => (window as unknown as { __deskidBench: BenchState }).__deskidBench.codesAt !== null,
    null,
    { timeout: 60_000 },
  );
  const shown = await readState(page);
  const { submittedAt, codesAt } = shown;
  if (submittedAt === null || codesAt === null) throw new Error('The unlock was not timed.');
  return { ...shown, submittedAt, codesAt };
}

/** Types the query letter by letter in the search field; each keystroke's timing. */
async function typeQuery(page: Page): Promise<BenchState['keystrokes']> {
  const search = page.getByRole('searchbox', { name: 'Search accounts' });
  await search.focus();
  const before = (await readState(page)).keystrokes.length;
  for (const [index, letter] of letters.entries()) {
    await page.keyboard.press(letter);
    await page.waitForFunction(
      (count) => (window as unknown as { __deskidBench: BenchState }).__deskidBench.keystrokes.length >= count,
      before + index + 1,
    );
  }
  const typed = (await readState(page)).keystrokes.slice(before);
  if (typed.at(-1)?.value !== query) throw new Error(`The search field holds "${typed.at(-1)?.value ?? ''}".`);
  return typed;
}

/**
 * Measures the codes screen with 200 accounts: `runs` unlocks after `warmups` (Lock all
 * between them), after each unlock `baselinePerRun` of each static list (React's, then
 * the cloned rows, alternated), then the query typed letter by letter.
 */
export async function benchAuthenticator({
  runs = 7,
  warmups = 1,
  baselinePerRun = 3,
  profile = false,
  rendererDir,
  fullAuditLog = false,
}: {
  runs?: number;
  warmups?: number;
  baselinePerRun?: number;
  /** Also profile one more unlock and one more typing of the query (CDP), after the timed rounds. */
  profile?: boolean;
  /** Serve the page's files from this build instead (for example one built with `--minify false`, for readable profiles). */
  rendererDir?: string | undefined;
  /** Fill the person's audit log first, as months of use leave it (`fillAuditLog`). */
  fullAuditLog?: boolean;
} = {}): Promise<AuthenticatorBenchFigures> {
  const staticCodeList = await buildStaticCodeList();
  const app = await startApp();
  const browser = await chromium.launch(chromiumLaunchOptions()).catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  try {
    await addPerson(app);
    const auditCopies = fullAuditLog ? await fillAuditLog(app) : 0;
    // The app's CSP (script-src 'self') would refuse the bench's inline script tag; bypassing
    // it is a DevTools switch (no request interception), the same for the real path.
    const page = await browser.newPage({ bypassCSP: true });
    if (rendererDir !== undefined) {
      // Measured in stop 30 (docs/benchmarks/authenticator.md): a route holds every request.
      console.error(
        '--renderer-dir: Playwright holds every request of the page, the bridge calls too (8-33 ms more each in stop 30); compare only with runs that use it as well.',
      );
      await serveRendererFrom(page, rendererDir);
    }
    await page.addInitScript({ content: watchScript });
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Authenticator codes' }).click();
    const unlock: number[] = [];
    const staticList: number[] = [];
    const reactStaticList: number[] = [];
    const filter: number[] = [];
    const filterWork: number[] = [];
    const parts = {
      toUnlockAnswerMs: [] as number[],
      toCodesAskedMs: [] as number[],
      toCodesAnswerMs: [] as number[],
      toRenderedMs: [] as number[],
    };
    const fromOpen: number[] = [];
    let rowsPerKeystroke: number[] = [];
    const byLetter: number[][] = letters.map(() => []);
    for (let round = 0; round < warmups + runs; round++) {
      const shown = await unlockOnce(page);
      const baseline: number[] = [];
      const reactBaseline: number[] = [];
      for (let index = 0; index < baselinePerRun; index++) {
        reactBaseline.push(await reactStaticListOnce(page, staticCodeList));
        baseline.push(await staticListOnce(page));
      }
      const typed = await typeQuery(page);
      if (round >= warmups) {
        unlock.push(shown.codesAt - shown.submittedAt);
        const { unlockAnswerAt, codesAnswerAt, codesAskedAt } = shown;
        if (unlockAnswerAt === undefined || codesAnswerAt === undefined || codesAskedAt === undefined) {
          throw new Error('No bridge call was timed.');
        }
        parts.toCodesAskedMs.push(codesAskedAt - unlockAnswerAt);
        parts.toUnlockAnswerMs.push(unlockAnswerAt - shown.submittedAt);
        parts.toCodesAnswerMs.push(codesAnswerAt - unlockAnswerAt);
        parts.toRenderedMs.push(shown.codesAt - codesAnswerAt);
        fromOpen.push(shown.codesAt - unlockAnswerAt);
        staticList.push(...baseline);
        reactStaticList.push(...reactBaseline);
        filter.push(...typed.map((keystroke) => keystroke.ms));
        filterWork.push(...typed.map((keystroke) => keystroke.workMs));
        rowsPerKeystroke = typed.map((keystroke) => keystroke.rows);
        for (const [index, keystroke] of typed.entries()) byLetter[index]?.push(keystroke.ms);
      }
      await page.getByRole('button', { name: 'Lock all' }).click();
    }
    const profiles = profile
      ? {
          unlock: await profilePage(page, async () => {
            await unlockOnce(page);
          }),
          filter: await profilePage(page, async () => {
            await typeQuery(page);
          }),
        }
      : undefined;
    const unlockFigures = spread(unlock);
    const staticFigures = spread(staticList);
    const reactFigures = spread(reactStaticList);
    const fromOpenFigures = spread(fromOpen);
    const filterFigures = spread(filter);
    const workFigures = spread(filterWork);
    return {
      accounts: accountCount,
      auditLogCopies: auditCopies,
      ...(rendererDir === undefined ? {} : { rendererDir: true as const }),
      criteria: {
        unlock: `capture-phase submit of the PIN form to the first DOM change leaving ${accountCount} "${codeSelector}" in the page, layout forced (getBoundingClientRect); Lock all between runs`,
        baseline: `one rendered li.code-row cloned ${accountCount} times with new text into a detached ul.code-list, attached in main, layout forced; same page, after each unlock`,
        reactBaseline: `the renderer's CodeList rendered by React (createRoot in a div where the real list is) from ${accountCount} static accounts, from the call to the first DOM change leaving ${accountCount} "${codeSelector}" in it (MutationObserver), layout forced; same page, after each unlock`,
        filter: `per keystroke of "${query}" in the search field: capture-phase keydown to the requestAnimationFrame after the input event (React's commit is flushed before it), layout forced`,
      },
      unlock: unlockFigures,
      unlockParts: {
        toUnlockAnswerMs: spread(parts.toUnlockAnswerMs).medianMs,
        toCodesAskedMs: spread(parts.toCodesAskedMs).medianMs,
        toCodesAnswerMs: spread(parts.toCodesAnswerMs).medianMs,
        toRenderedMs: spread(parts.toRenderedMs).medianMs,
      },
      staticList: staticFigures,
      unlockRatio: round2(unlockFigures.medianMs / staticFigures.medianMs),
      fromOpen: fromOpenFigures,
      fromOpenRatio: round2(fromOpenFigures.medianMs / staticFigures.medianMs),
      reactStaticList: reactFigures,
      reactUnlockRatio: round2(unlockFigures.medianMs / reactFigures.medianMs),
      reactFromOpenRatio: round2(fromOpenFigures.medianMs / reactFigures.medianMs),
      unlockGoal,
      filter: {
        ...filterFigures,
        medianFrames: round2(filterFigures.medianMs / frameMs),
        p90Frames: round2(filterFigures.p90Ms / frameMs),
        rowsPerKeystroke,
        medianMsPerKeystroke: byLetter.map((samples) => spread(samples).medianMs),
      },
      filterWork: {
        ...workFigures,
        medianFrames: round2(workFigures.medianMs / frameMs),
        p90Frames: round2(workFigures.p90Ms / frameMs),
      },
      filterGoalFrames: 1,
      profiles,
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}

/** The readable lines under the JSON one. */
function describe(figures: AuthenticatorBenchFigures): string[] {
  const { unlock, unlockParts, staticList, reactStaticList, filter } = figures;
  const met = (ok: boolean): string => (ok ? 'met' : 'not met');
  return [
    ...(figures.auditLogCopies > 0
      ? [`the person's audit log held ${figures.auditLogCopies} code copies (--full-audit-log)`]
      : []),
    `unlock to ${figures.accounts} codes: median ${unlock.medianMs} ms, p90 ${unlock.p90Ms} ms (${unlock.runs} runs)`,
    `  of which: submit to profiles.unlock answered ${unlockParts.toUnlockAnswerMs} ms, then codes.list answered ${unlockParts.toCodesAnswerMs} ms (asked ${unlockParts.toCodesAskedMs} ms after the unlock's answer), then rendered ${unlockParts.toRenderedMs} ms (medians)`,
    `vault open (profiles.unlock answered) to ${figures.accounts} codes: median ${figures.fromOpen.medianMs} ms, p90 ${figures.fromOpen.p90Ms} ms`,
    `static list rendered by React (CodeList, static data), ${figures.accounts} rows: median ${reactStaticList.medianMs} ms, p90 ${reactStaticList.p90Ms} ms (${reactStaticList.runs} runs)`,
    `  ratio (b), vault open / React static list: ${figures.reactFromOpenRatio} (goal <= ${figures.unlockGoal}, ${met(figures.reactFromOpenRatio <= figures.unlockGoal)}); ratio (a), from the PIN form's submit (with the PIN's Argon2id): ${figures.reactUnlockRatio}`,
    `cloned rows (lower bound, no React), ${figures.accounts} rows: median ${staticList.medianMs} ms, p90 ${staticList.p90Ms} ms (${staticList.runs} runs)`,
    `  ratio (b), vault open / cloned rows: ${figures.fromOpenRatio}; ratio (a): ${figures.unlockRatio} (a lower bound; no goal)`,
    `filter per keystroke, the page's work (keydown to commit and layout): median ${figures.filterWork.medianMs} ms = ${figures.filterWork.medianFrames} frame, p90 ${figures.filterWork.p90Ms} ms = ${figures.filterWork.p90Frames} frame`,
    ...(figures.profiles === undefined ? [] : describeProfiles(figures.profiles)),
    `filter per keystroke, to the next frame: median ${filter.medianMs} ms = ${filter.medianFrames} frame, p90 ${filter.p90Ms} ms = ${filter.p90Frames} frame (${filter.runs} keystrokes; goal < 1, ${met(filter.p90Frames < 1)} at p90); rows shown ${filter.rowsPerKeystroke.join(' → ')}, median ms per letter ${filter.medianMsPerKeystroke.join(' → ')}`,
  ];
}

/** The profiles' lines (`--profile`). */
function describeProfiles(profiles: { unlock: PageProfile; filter: PageProfile }): string[] {
  return Object.entries(profiles).flatMap(([what, profile]) => [
    `profile of one ${what === 'unlock' ? 'unlock' : 'typing of the query'}: script ${profile.scriptMs} ms, style ${profile.recalcStyleMs} ms, layout ${profile.layoutMs} ms, tasks ${profile.taskMs} ms; most self time:`,
    ...profile.top.map((each) => `    ${each.selfMs} ms  ${each.where}`),
  ]);
}

/** Content types of the files `serveRendererFrom` answers. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Answers the page's own files (not the bridge) from `dir`, with the host's headers: to
 * profile a build made with readable names (`--minify false`) without touching dist/.
 * The bridge's requests still wait while Playwright checks them against the route (8–33
 * ms each in stop 30, against 1–6 ms without), so timings with it compare only with
 * timings with it.
 */
async function serveRendererFrom(page: Page, dir: string): Promise<void> {
  await page.route(
    (url) => !url.pathname.startsWith('/bridge/'),
    async (route) => {
      const response = await route.fetch();
      const { pathname } = new URL(route.request().url());
      const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
      const body = await readFile(file).catch(() => undefined);
      if (body === undefined) return route.fulfill({ response });
      const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
      return route.fulfill({ status: 200, headers: { ...response.headers(), 'content-type': type }, body });
    },
  );
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const args = process.argv.slice(2);
  const dirAt = args.indexOf('--renderer-dir');
  benchAuthenticator({
    profile: args.includes('--profile'),
    rendererDir: dirAt < 0 ? undefined : args[dirAt + 1],
    fullAuditLog: args.includes('--full-audit-log'),
  }).then(
    (figures) => {
      process.stdout.write(`${JSON.stringify({ bench: 'authenticator', ...figures })}\n`);
      for (const line of describe(figures)) process.stdout.write(`${line}\n`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      console.error(
        'Run it inside a keyring session, after npm run build:renderer: sh scripts/with-keyring.sh npm run bench:authenticator',
      );
      process.exitCode = 1;
    },
  );
}
