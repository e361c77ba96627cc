// npm run bench:authenticator — run it inside a keyring session (the app's handlers hold
// the OS keychain), after `npm run build:renderer`:
//   sh scripts/with-keyring.sh npm run bench:authenticator
// The real app (the browser host process, fresh data folder and keychain service), one
// person with a PIN and 200 TOTP accounts (added with the real `deskid` CLI), in Debian's
// Chromium. Prints one JSON line, then readable lines:
// - unlock to all codes rendered: from the PIN form's submit to the 200th code button in
//   the DOM with layout done, next to the same 200 rows built from static data in the same
//   page (median, p90; goal: ratio of medians <= 1.5);
// - filter as you type: per keystroke in the search field, from keydown to the next
//   animation frame after React's commit, layout done, as a fraction of a 16 ms frame
//   (median, p90; goal < 1).
// Timings are figures to read, never asserted: the machine is shared.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { startApp, type RunningApp } from '../fixtures/browserHost';
import { chromiumLaunchOptions } from '../fixtures/chromium';
import { runDeskid } from '../fixtures/runDeskid';

const accountCount = 200;
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

/** Median and 90th percentile of a set of samples, in ms. */
export interface Spread {
  medianMs: number;
  p90Ms: number;
  runs: number;
}

/** Figures of one run of the authenticator benchmark. */
export interface AuthenticatorBenchFigures {
  accounts: number;
  /** What was timed, in words. */
  criteria: { unlock: string; baseline: string; filter: string };
  /** PIN form submit to the 200th code in the DOM, layout forced. */
  unlock: Spread;
  /**
   * Where the unlock time goes (medians, ms; the browser's resource timing of the bridge's
   * HTTP calls): submit to the end of `profiles.unlock`'s answer (the host opens the vault
   * with the PIN), then to the end of `codes.list`'s answer, then to the codes rendered.
   */
  unlockParts: { toUnlockAnswerMs: number; toCodesAnswerMs: number; toRenderedMs: number };
  /** The same 200 rows built from static data in the same page, attached, layout forced. */
  staticList: Spread;
  /** Median unlock / median static list; the goal is at most 1.5. */
  unlockRatio: number;
  unlockGoal: number;
  /** Keydown to the next animation frame after the filtered list's commit, layout forced. */
  filter: Spread & {
    medianFrames: number;
    p90Frames: number;
    rowsPerKeystroke: number[];
    /** The median of each letter of the query over the runs, in ms. */
    medianMsPerKeystroke: number[];
  };
  filterGoalFrames: number;
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
      const issuer = issuers[index % issuers.length] ?? 'Bench';
      const label = `staff${index}@clinic.example.net`;
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
    requestAnimationFrame(() => {
      document.querySelector('main').getBoundingClientRect();
      const ms = performance.now() - keyAt;
      state.keystrokes.push({ value, ms, rows: document.querySelectorAll('.code-list > li').length });
    });
  }, true);
})();`;

/**
 * The static baseline, run in the page while the 200 codes are shown: one rendered row
 * (`li.code-row`) is cloned 200 times, each clone's service, account and code text
 * changed, into a detached `ul.code-list`, which is then attached in `main` and laid out
 * (`getBoundingClientRect`); the time is from the start to after that layout. The list
 * is removed afterwards.
 */
async function staticListOnce(page: Page): Promise<number> {
  return page.evaluate((count) => {
    const row = document.querySelector('.code-list > li.code-row');
    const main = document.querySelector('main');
    if (row === null || main === null) throw new Error('No rendered code row to copy.');
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
    main.append(list);
    main.getBoundingClientRect();
    const ms = performance.now() - start;
    list.remove();
    return ms;
  }, accountCount);
}

interface BenchState {
  submittedAt: number | null;
  codesAt: number | null;
  /** responseEnd of the last `profiles.unlock` and `codes.list` bridge calls (resource timing), read after the codes are shown. */
  unlockAnswerAt?: number | undefined;
  codesAnswerAt?: number | undefined;
  keystrokes: { value: string; ms: number; rows: number }[];
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
    };
  });

/**
 * Measures the codes screen with 200 accounts: `runs` unlocks after `warmups` (Lock all
 * between them), after each unlock `baselinePerRun` static lists, then the query typed
 * letter by letter.
 */
export async function benchAuthenticator({
  runs = 7,
  warmups = 1,
  baselinePerRun = 3,
}: { runs?: number; warmups?: number; baselinePerRun?: number } = {}): Promise<AuthenticatorBenchFigures> {
  const app = await startApp();
  const browser = await chromium.launch(chromiumLaunchOptions()).catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  try {
    await addPerson(app);
    const page = await browser.newPage();
    await page.addInitScript({ content: watchScript });
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Authenticator codes' }).click();
    const unlock: number[] = [];
    const staticList: number[] = [];
    const filter: number[] = [];
    const parts = { toUnlockAnswerMs: [] as number[], toCodesAnswerMs: [] as number[], toRenderedMs: [] as number[] };
    let rowsPerKeystroke: number[] = [];
    const byLetter: number[][] = letters.map(() => []);
    for (let round = 0; round < warmups + runs; round++) {
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
      if (shown.submittedAt === null || shown.codesAt === null) throw new Error('The unlock was not timed.');
      const baseline: number[] = [];
      for (let index = 0; index < baselinePerRun; index++) baseline.push(await staticListOnce(page));
      const search = page.getByRole('searchbox', { name: 'Search accounts' });
      await search.focus();
      const before = shown.keystrokes.length;
      for (const [index, letter] of letters.entries()) {
        await page.keyboard.press(letter);
        await page.waitForFunction(
          (count) => (window as unknown as { __deskidBench: BenchState }).__deskidBench.keystrokes.length >= count,
          before + index + 1,
        );
      }
      const typed = (await readState(page)).keystrokes.slice(before);
      if (typed.at(-1)?.value !== query) throw new Error(`The search field holds "${typed.at(-1)?.value ?? ''}".`);
      if (round >= warmups) {
        unlock.push(shown.codesAt - shown.submittedAt);
        const { unlockAnswerAt, codesAnswerAt } = shown;
        if (unlockAnswerAt === undefined || codesAnswerAt === undefined) throw new Error('No bridge call was timed.');
        parts.toUnlockAnswerMs.push(unlockAnswerAt - shown.submittedAt);
        parts.toCodesAnswerMs.push(codesAnswerAt - unlockAnswerAt);
        parts.toRenderedMs.push(shown.codesAt - codesAnswerAt);
        staticList.push(...baseline);
        filter.push(...typed.map((keystroke) => keystroke.ms));
        rowsPerKeystroke = typed.map((keystroke) => keystroke.rows);
        for (const [index, keystroke] of typed.entries()) byLetter[index]?.push(keystroke.ms);
      }
      await page.getByRole('button', { name: 'Lock all' }).click();
    }
    const unlockFigures = spread(unlock);
    const staticFigures = spread(staticList);
    const filterFigures = spread(filter);
    return {
      accounts: accountCount,
      criteria: {
        unlock: `capture-phase submit of the PIN form to the first DOM change leaving ${accountCount} "${codeSelector}" in the page, layout forced (getBoundingClientRect); Lock all between runs`,
        baseline: `one rendered li.code-row cloned ${accountCount} times with new text into a detached ul.code-list, attached in main, layout forced; same page, after each unlock`,
        filter: `per keystroke of "${query}" in the search field: capture-phase keydown to the requestAnimationFrame after the input event (React's commit is flushed before it), layout forced`,
      },
      unlock: unlockFigures,
      unlockParts: {
        toUnlockAnswerMs: spread(parts.toUnlockAnswerMs).medianMs,
        toCodesAnswerMs: spread(parts.toCodesAnswerMs).medianMs,
        toRenderedMs: spread(parts.toRenderedMs).medianMs,
      },
      staticList: staticFigures,
      unlockRatio: round2(unlockFigures.medianMs / staticFigures.medianMs),
      unlockGoal,
      filter: {
        ...filterFigures,
        medianFrames: round2(filterFigures.medianMs / frameMs),
        p90Frames: round2(filterFigures.p90Ms / frameMs),
        rowsPerKeystroke,
        medianMsPerKeystroke: byLetter.map((samples) => spread(samples).medianMs),
      },
      filterGoalFrames: 1,
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}

/** The readable lines under the JSON one. */
function describe(figures: AuthenticatorBenchFigures): string[] {
  const { unlock, unlockParts, staticList, filter } = figures;
  const met = (ok: boolean): string => (ok ? 'met' : 'not met');
  return [
    `unlock to ${figures.accounts} codes: median ${unlock.medianMs} ms, p90 ${unlock.p90Ms} ms (${unlock.runs} runs)`,
    `  of which: submit to profiles.unlock answered ${unlockParts.toUnlockAnswerMs} ms, then codes.list answered ${unlockParts.toCodesAnswerMs} ms, then rendered ${unlockParts.toRenderedMs} ms (medians)`,
    `static list of ${figures.accounts} rows: median ${staticList.medianMs} ms, p90 ${staticList.p90Ms} ms (${staticList.runs} runs)`,
    `ratio ${figures.unlockRatio} (goal <= ${figures.unlockGoal}, ${met(figures.unlockRatio <= figures.unlockGoal)})`,
    `filter per keystroke: median ${filter.medianMs} ms = ${filter.medianFrames} frame, p90 ${filter.p90Ms} ms = ${filter.p90Frames} frame (${filter.runs} keystrokes; goal < 1, ${met(filter.p90Frames < 1)} at p90); rows shown ${filter.rowsPerKeystroke.join(' → ')}, median ms per letter ${filter.medianMsPerKeystroke.join(' → ')}`,
  ];
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  benchAuthenticator().then(
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
