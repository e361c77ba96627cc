// npm run bench:cli — whole-process wall time and peak memory of `deskid code` as installed,
// next to `keepassxc-cli show -t` on a KeePassXC database holding the same TOTP entry, in
// one run (the machine is shared: the ratios, measured side by side, are what to read).
// It runs inside a keyring session (package.json wraps it in scripts/with-keyring.sh).
// - deskid as a clinic desktop runs it: the single executable (dist/sea/deskid, built
//   afresh as `npm run build:cli-sea` does), and as `node bin/deskid.js` (the npm bin, the
//   bundle dist/node/deskid.mjs);
// - (a) a profile without a PIN, against a database with keepassxc-cli's default KDF
//   (goal: <= 2x wall, <= 3x memory);
// - (b) a profile with a PIN (Argon2id, DeskID's costs), against a database whose KDF was
//   set to take as long as that Argon2id here (`-t`, then checked by timing the two in
//   alternation, and made again if they differ; goal: <= 1.5x wall).
// Median of several runs each, the tools taking turns; peak memory is GNU time's maximum
// resident set size. Figures to read, never asserted. Each row also gives the median CPU
// time (user + system, GNU time's 10 ms steps), which other processes' load inflates far
// less than wall time on a shared machine (Argon2id's four lanes count four times).
// When this shell sets NODE_EXTRA_CA_CERTS, Node 20 (`node bin/deskid.js` here) loads those
// certificates at every start, before any of DeskID's code, although `deskid code` makes no
// TLS connection; Node 22 (the single executable's, scripts/seaNodeRuntime.ts) loads them
// only for a TLS connection. The single executable then runs twice, with this environment
// and without that variable (as on a desktop that does not set it), each row labelled, so
// the difference shows.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultArgon2Params, deriveArgon2Key } from '../../electron/services/vault/deriveArgon2Key';
import { buildNodeIfStale } from '../../scripts/buildNode';
import { buildSea, seaExecutable } from '../../scripts/buildSea';
import { repoRoot } from '../fixtures/browserHost';

const runs = 9;
const pin = '482915';
const password = 'bench-database-password';
const uri = 'otpauth://totp/Clinic%20Portal:dana?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Clinic%20Portal';

/** Set by this shell (not by DeskID): Node reads the file at every start. */
const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS;

interface Sample {
  wallMs: number;
  /** User plus system CPU time: what load from other processes inflates least. */
  cpuMs: number;
  peakMiB: number;
}

for (const [tool, install] of [
  ['keepassxc-cli', 'sudo apt-get install -y keepassxc   (Debian and Ubuntu; the CLI comes with it)'],
  ['/usr/bin/time', 'sudo apt-get install -y time'],
] as const) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    process.stderr.write(`bench:cli needs ${tool}. Install it with:\n  ${install}\n`);
    process.exit(1);
  }
}

/** Runs `command` under GNU time: wall time measured here, peak RSS from time's report. */
function measure(command: string, args: string[], input: string, env: NodeJS.ProcessEnv): Sample {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-kib %M cpu-s %U %S', command, ...args], {
    input,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  const peak = /peak-kib (\d+) cpu-s ([\d.]+) ([\d.]+)/.exec(run.stderr);
  if (run.status !== 0 || peak === null || !/\b\d{6}\b/.test(run.stdout)) {
    throw new Error(`${command} ${args.join(' ')} failed (${String(run.status)}): ${run.stderr}`);
  }
  return { wallMs, cpuMs: (Number(peak[2]) + Number(peak[3])) * 1000, peakMiB: Number(peak[1]) / 1024 };
}

/** Runs a setup command and fails loudly if it fails. */
function setup(command: string, args: string[], input = '', env: NodeJS.ProcessEnv = {}): string {
  const run = spawnSync(command, args, { input, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** One Argon2id derivation with DeskID's costs, in ms. */
async function oneArgon2Ms(): Promise<number> {
  const started = performance.now();
  (await deriveArgon2Key(pin, randomBytes(16), defaultArgon2Params)).fill(0);
  return performance.now() - started;
}

/** The median Argon2id derivation with DeskID's costs, in ms (what a PIN unlock pays). */
async function argon2Ms(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) times.push(await oneArgon2Ms());
  return median(times);
}

/** A KeePass 2 XML export holding the same TOTP entry, imported into a new database. */
async function keepassDatabase(dir: string, name: string, decryptionMs?: number): Promise<string> {
  const xml = path.join(dir, `${name}.xml`);
  await writeFile(
    xml,
    `<?xml version="1.0" encoding="UTF-8"?>
<KeePassFile><Meta><Generator>DeskID bench</Generator></Meta><Root><Group><Name>Root</Name>
<Entry><UUID>${randomBytes(16).toString('base64')}</UUID>
<String><Key>Title</Key><Value>Clinic Portal</Value></String>
<String><Key>UserName</Key><Value>dana</Value></String>
<String><Key>otp</Key><Value>${uri.replaceAll('&', '&amp;')}</Value></String>
</Entry></Group></Root></KeePassFile>
`,
  );
  const database = path.join(dir, `${name}.kdbx`);
  const timeArgs = decryptionMs === undefined ? [] : ['-t', String(Math.round(decryptionMs))];
  setup('keepassxc-cli', ['import', '-q', '-p', ...timeArgs, xml, database], `${password}\n${password}\n`);
  return database;
}

/** Wall time of one `keepassxc-cli show` of the entry (no GNU time: a calibration run). */
function keepassShowMs(database: string): number {
  const started = performance.now();
  setup('keepassxc-cli', ['show', '-q', '-t', database, 'Clinic Portal'], `${password}\n`);
  return performance.now() - started;
}

const roundsRead = new Map<string, number>();

/** The AES-KDF rounds of a database (`db-info`, read once: it runs the KDF too). */
function roundsOf(database: string): number {
  const known = roundsRead.get(database);
  if (known !== undefined) return known;
  const rounds = /\((\d+) rounds\)/.exec(kdfOf(database))?.[1];
  if (rounds === undefined) throw new Error(`${database}: keepassxc-cli db-info names no AES-KDF rounds.`);
  roundsRead.set(database, Number(rounds));
  return Number(rounds);
}

/**
 * How long `database`'s KDF takes, from one `show` of it and one of `defaultDb` (the
 * rest of keepassxc-cli's run is the same in both). AES-KDF's time is linear in its
 * rounds, so with r = default rounds / its rounds, the difference is (1 - r) of it.
 */
function keepassKdfMs(database: string, defaultDb: string): number {
  const share = roundsOf(defaultDb) / roundsOf(database);
  // Near 1 the difference is mostly noise, magnified by 1 / (1 - r).
  if (share > 0.5) throw new Error(`${database}'s KDF is too close to the default one's to be timed apart.`);
  return (keepassShowMs(database) - keepassShowMs(defaultDb)) / (1 - share);
}

/** Argon2id and `database`'s KDF, timed in alternation `rounds` times: medians, in ms. */
async function kdfTimes(database: string, defaultDb: string, rounds: number) {
  const argon2: number[] = [];
  const kdf: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    argon2.push(await oneArgon2Ms());
    kdf.push(keepassKdfMs(database, defaultDb));
  }
  return { argon2Ms: median(argon2), kdfMs: median(kdf) };
}

/**
 * The (b) database, its KDF set to take as long as Argon2id here. keepassxc-cli's `-t`
 * times AES-KDF once, when it makes the database, a moment after Argon2id was timed; on
 * a shared machine a change of load between those two moments skews the match (minutes
 * apart, (b) read 0.96x to 1.64x). So the two are then timed in alternation, and the
 * database is made again, scaled, while they differ by more than 10% (at most twice).
 */
/** Whether Argon2id and the KDF took the same time, within 10%. */
const kdfMatches = ({ argon2Ms, kdfMs }: { argon2Ms: number; kdfMs: number }) => Math.abs(kdfMs / argon2Ms - 1) <= 0.1;

async function argon2MatchedDatabase(dir: string, defaultDb: string) {
  let decryptionMs = await argon2Ms();
  let database = await keepassDatabase(dir, 'argon2-matched', decryptionMs);
  let check = await kdfTimes(database, defaultDb, 5);
  for (let remake = 0; remake < 2 && !kdfMatches(check); remake += 1) {
    if (!(check.kdfMs > 0)) {
      throw new Error(
        `keepassxc-cli's KDF could not be timed (${check.kdfMs} ms): the machine is too busy; run again.`,
      );
    }
    // keepassxc-cli takes 100 to 5000 ms.
    decryptionMs = Math.min(5000, Math.max(100, (decryptionMs * check.argon2Ms) / check.kdfMs));
    database = await keepassDatabase(dir, `argon2-matched-${remake + 2}`, decryptionMs);
    check = await kdfTimes(database, defaultDb, 5);
  }
  return { database, decryptionMs, matched: kdfMatches(check), ...check };
}

const kdfOf = (database: string) =>
  /^KDF: (.*)$/m.exec(setup('keepassxc-cli', ['db-info', '-q', database], `${password}\n`))?.[1] ?? 'unknown';

async function main(): Promise<void> {
  const loadAtStart = os.loadavg().map((load) => Number(load.toFixed(2)));
  await buildNodeIfStale();
  const { nodeVersion: seaNode } = await buildSea();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-bench-cli-'));
  const env = { DESKID_KEYCHAIN_SERVICE: `DeskID-bench-cli-${randomUUID()}` };
  const deskid = path.join(repoRoot, 'bin', 'deskid.js');
  const data = ['--data-dir', dir];
  try {
    setup(process.execPath, [deskid, ...data, 'settings', 'set', 'shared-desktop', 'off'], '', env);
    setup(process.execPath, [deskid, ...data, 'profiles', 'add', 'NoPin'], '', env);
    setup(process.execPath, [deskid, ...data, '--profile', 'NoPin', 'accounts', 'add', '-'], `${uri}\n`, env);
    setup(process.execPath, [deskid, ...data, 'profiles', 'add', 'WithPin', '--pin-stdin'], `${pin}\n`, env);
    setup(
      process.execPath,
      [deskid, ...data, '--profile', 'WithPin', '--pin-stdin', 'accounts', 'add', '-'],
      `${pin}\n${uri}\n`,
      env,
    );
    const defaultDb = await keepassDatabase(dir, 'default');
    const calibration = await argon2MatchedDatabase(dir, defaultDb);
    const { database: slowDb, argon2Ms: argon2 } = calibration;
    // Timed again during (b)'s rounds, one of each per round: what the match was while measuring.
    const duringRuns = { argon2: [] as number[], kdf: [] as number[] };

    const code = (profile: string, stdin: string) => ({
      sea: () =>
        measure(
          seaExecutable,
          [...data, '--profile', profile, ...(stdin ? ['--pin-stdin'] : []), 'code', 'Clinic Portal'],
          stdin,
          env,
        ),
      // spawnSync leaves out a variable whose value is undefined.
      seaWithoutExtraCa: () =>
        measure(
          seaExecutable,
          [...data, '--profile', profile, ...(stdin ? ['--pin-stdin'] : []), 'code', 'Clinic Portal'],
          stdin,
          { ...env, NODE_EXTRA_CA_CERTS: undefined },
        ),
      node: () =>
        measure(
          process.execPath,
          [deskid, ...data, '--profile', profile, ...(stdin ? ['--pin-stdin'] : []), 'code', 'Clinic Portal'],
          stdin,
          env,
        ),
    });
    const keepass = (database: string) => () =>
      measure('keepassxc-cli', ['show', '-q', '-t', database, 'Clinic Portal'], `${password}\n`, {});
    const scenarios = [
      {
        name: '(a) no PIN vs keepassxc-cli default KDF',
        kdf: kdfOf(defaultDb),
        deskid: code('NoPin', ''),
        keepass: keepass(defaultDb),
        goals: { wall: 2, memory: 3 },
        eachRound: undefined,
      },
      {
        name: `(b) PIN (Argon2id ${Math.round(argon2)} ms here) vs a KDF of the same time`,
        kdf: kdfOf(slowDb),
        deskid: code('WithPin', `${pin}\n`),
        keepass: keepass(slowDb),
        goals: { wall: 1.5, memory: undefined },
        eachRound: async () => {
          duringRuns.argon2.push(await oneArgon2Ms());
          duringRuns.kdf.push(keepassKdfMs(slowDb, defaultDb));
        },
      },
    ];

    const results = [];
    for (const scenario of scenarios) {
      const samples = {
        sea: [] as Sample[],
        seaWithoutExtraCa: [] as Sample[],
        node: [] as Sample[],
        keepass: [] as Sample[],
      };
      // One warm-up each (file cache), then the tools take turns.
      scenario.deskid.sea();
      scenario.deskid.node();
      scenario.keepass();
      for (let i = 0; i < runs; i += 1) {
        await scenario.eachRound?.();
        samples.sea.push(scenario.deskid.sea());
        if (extraCaCerts !== undefined) samples.seaWithoutExtraCa.push(scenario.deskid.seaWithoutExtraCa());
        samples.node.push(scenario.deskid.node());
        samples.keepass.push(scenario.keepass());
      }
      const summary = Object.fromEntries(
        Object.entries(samples).map(([tool, list]) => [
          tool,
          {
            wallMs: Math.round(median(list.map((s) => s.wallMs))),
            cpuMs: Math.round(median(list.map((s) => s.cpuMs))),
            peakMiB: Math.round(median(list.map((s) => s.peakMiB))),
          },
        ]),
      ) as Record<keyof typeof samples, { wallMs: number; cpuMs: number; peakMiB: number }>;
      results.push({ scenario: scenario.name, kdf: scenario.kdf, goals: scenario.goals, ...summary });
    }

    const loadAverage = { atStart: loadAtStart, atEnd: os.loadavg().map((load) => Number(load.toFixed(2))) };
    const kdfMatch = {
      calibration: {
        argon2Ms: Math.round(calibration.argon2Ms),
        keepassKdfMs: Math.round(calibration.kdfMs),
        withinTenPercent: calibration.matched,
      },
      duringRuns: { argon2Ms: Math.round(median(duringRuns.argon2)), keepassKdfMs: Math.round(median(duringRuns.kdf)) },
    };
    process.stdout.write(
      `${JSON.stringify({ runs, argon2Ms: Math.round(argon2), kdfMatch, seaNode, node: process.version, nodeExtraCaCerts: extraCaCerts ?? null, loadAverage, results })}\n\n`,
    );
    if (extraCaCerts !== undefined) {
      process.stdout.write(
        `This shell sets NODE_EXTRA_CA_CERTS=${extraCaCerts}: Node 20 loads it at every start, Node 22 only for TLS. The single executable runs with it and without it.\n`,
      );
    }
    process.stdout.write(`Single executable on Node ${seaNode}; node bin/deskid.js on Node ${process.version}\n`);
    process.stdout.write(
      `(b)'s KDF match, medians in alternation: Argon2id ${kdfMatch.calibration.argon2Ms} ms / keepassxc-cli's KDF ${kdfMatch.calibration.keepassKdfMs} ms when the database was made, ` +
        `${kdfMatch.duringRuns.argon2Ms} / ${kdfMatch.duringRuns.keepassKdfMs} ms during (b)'s runs (keepassxc-cli's KDF: from its show and the default database's, by their rounds)\n` +
        (calibration.matched
          ? ''
          : "  NOT matched within 10% after two tries: (b)'s ratio is not a fair reading; run again on a quieter machine.\n"),
    );
    process.stdout.write(
      `Load average (1, 5, 15 min): ${loadAverage.atStart.join(', ')} at the start, ${loadAverage.atEnd.join(', ')} at the end\n\n`,
    );
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    for (const result of results) {
      process.stdout.write(`${result.scenario}\n  keepassxc-cli KDF: ${result.kdf}\n`);
      const seaRows =
        extraCaCerts === undefined
          ? ([['single executable', result.sea]] as const)
          : ([
              ['single executable', result.sea],
              ['single executable, no extra CA', result.seaWithoutExtraCa],
            ] as const);
      for (const [label, figures] of [
        ...seaRows.map(([name, figures]) => [`deskid (${name})`, figures] as const),
        ['deskid (node bin/deskid.js)', result.node],
        ['keepassxc-cli show -t', result.keepass],
      ] as const) {
        process.stdout.write(
          `  ${label.padEnd(46)} ${String(figures.wallMs).padStart(5)} ms  ${String(figures.peakMiB).padStart(4)} MiB  (CPU ${figures.cpuMs} ms)\n`,
        );
      }
      for (const [label, figures] of [...seaRows, ['node bin/deskid.js', result.node]] as const) {
        const wall = Number(ratio(figures.wallMs, result.keepass.wallMs));
        const memory = Number(ratio(figures.peakMiB, result.keepass.peakMiB));
        const memoryGoal = result.goals.memory;
        process.stdout.write(
          `  ${label}: wall ${wall}x (goal <= ${result.goals.wall}x: ${wall <= result.goals.wall ? 'met' : 'not met'}), memory ${memory}x` +
            (memoryGoal === undefined
              ? '\n'
              : ` (goal <= ${memoryGoal}x: ${memory <= memoryGoal ? 'met' : 'not met'})\n`),
        );
      }
    }
  } finally {
    spawnSync(process.execPath, [deskid, ...data, 'profiles', 'remove', 'NoPin', '--yes'], {
      env: { ...process.env, ...env },
    });
    spawnSync(process.execPath, [deskid, ...data, 'profiles', 'remove', 'WithPin', '--yes'], {
      env: { ...process.env, ...env },
    });
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
