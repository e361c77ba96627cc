// npm run bench:server — the mock ID server under load on loopback (not a test).
// Prints one JSON line:
// - password sign-ins per second (and per core) next to raw Argon2id hashes per second
//   with the same parameters in the server's process, in alternating rounds (the bound;
//   goal: median ratio >= 0.8);
// - TOTP sign-in steps per second;
// - GET /api/v1/me per second with 100 connections next to a bare Fastify route in the
//   same run, in nine alternating pairs of 2-second rounds (the bound; goal: median
//   ratio >= 0.5, no errors in any round);
// - p50 and p99 latency for each.
// The server runs in its own process (with one libuv thread per core), autocannon here.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { owaspArgon2 } from '../../server/crypto/passwordHasher';
import type { TargetInfo, TotpFixture } from './serverTarget';

const root = fileURLToPath(new URL('../../', import.meta.url));
const totpCount = 4000;

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) =>
      error === null || error === undefined
        ? resolve(result)
        : reject(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

function figures(
  result: autocannon.Result,
  seconds = result.duration,
): {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
} {
  return {
    perSecond: Math.round((result.requests.total / seconds) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'deskid-bench-server-'));
const fixtureFile = path.join(dir, 'totp.json');
const cores = os.availableParallelism();
const target = spawn(
  process.execPath,
  ['--import', 'tsx', 'test/bench/serverTarget.ts', fixtureFile, String(totpCount)],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, UV_THREADPOOL_SIZE: String(Math.max(4, cores)) },
  },
);
try {
  const stdout = target.stdout;
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: stdout }).once('line', resolve);
    target.once('exit', (code) => reject(new Error(`The bench target exited (${String(code)}).`)));
  });
  const info = JSON.parse(line) as TargetInfo;
  const fixtures = JSON.parse(readFileSync(fixtureFile, 'utf8')) as TotpFixture[];
  const json = { 'content-type': 'application/json' };

  // TOTP first: each prepared code is valid for one step either side of when it was made.
  let next = 0;
  const totpStart = performance.now();
  const totp = await run({
    url: info.url,
    connections: 10,
    amount: fixtures.length,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/sign-in/totp',
        headers: json,
        setupRequest: (request) => ({ ...request, body: JSON.stringify(fixtures[next++ % fixtures.length]) }),
      },
    ],
  });
  // An amount-bound run: time it here (autocannon reports whole seconds).
  const totpSeconds = (performance.now() - totpStart) / 1000;

  // Password sign-in rounds alternate with raw-hashing rounds in the server's process (the
  // bound), so that both see the same machine; the round with the median ratio is reported.
  const roundSeconds = 4;
  const passwordRounds: { result: autocannon.Result; rawPerSecond: number }[] = [];
  for (let round = 0; round < 3; round += 1) {
    const raw = (await (await fetch(`${info.rawUrl}?seconds=${roundSeconds}`, { method: 'POST' })).json()) as {
      hashes: number;
    };
    const result = await run({
      url: `${info.url}/api/v1/sign-in/password`,
      method: 'POST',
      headers: json,
      body: JSON.stringify(info.password),
      connections: info.cores * 2,
      duration: roundSeconds,
    });
    passwordRounds.push({ result, rawPerSecond: raw.hashes / roundSeconds });
  }
  const passwordRatio = (entry: { result: autocannon.Result; rawPerSecond: number }): number =>
    entry.result.requests.total / entry.result.duration / entry.rawPerSecond;
  const passwordMedian =
    [...passwordRounds].sort((x, y) => passwordRatio(x) - passwordRatio(y))[1] ?? passwordRounds[0];
  if (passwordMedian === undefined) throw new Error('No password rounds ran.');
  const password = passwordMedian.result;
  const rawPerSecond = passwordMedian.rawPerSecond;

  // /me and the bare route alternate in short rounds, and which goes first alternates
  // too, so that a busy moment of this shared machine falls on both sides of a pair; the
  // pair with the median ratio is reported, with every pair's ratio beside it.
  const meOptions = {
    url: `${info.url}/api/v1/me`,
    headers: { authorization: `Bearer ${info.meToken}` },
    connections: 100,
    duration: 2,
  };
  const bareOptions = { url: info.bareUrl, connections: 100, duration: 2 };
  await run(meOptions);
  await run(bareOptions);
  const rounds: { me: autocannon.Result; bare: autocannon.Result }[] = [];
  for (let round = 0; round < 9; round += 1) {
    if (round % 2 === 0) {
      const me = await run(meOptions);
      rounds.push({ me, bare: await run(bareOptions) });
    } else {
      const bare = await run(bareOptions);
      rounds.push({ me: await run(meOptions), bare });
    }
  }
  const ratioOf = (pair: { me: autocannon.Result; bare: autocannon.Result }): number =>
    pair.me.requests.total / pair.bare.requests.total;
  const median = [...rounds].sort((x, y) => ratioOf(x) - ratioOf(y))[Math.floor(rounds.length / 2)];
  if (median === undefined) throw new Error('No /me rounds ran.');
  const { me, bare } = median;
  const meErrorsAllRounds = rounds.reduce((sum, pair) => sum + pair.me.errors + pair.me.timeouts + pair.me.non2xx, 0);

  const pw = figures(password);
  const meFigures = figures(me);
  const bareFigures = figures(bare);
  const round = (value: number): number => Math.round(value * 100) / 100;
  process.stdout.write(
    `${JSON.stringify({
      bench: 'server',
      cores: info.cores,
      argon2: owaspArgon2,
      serverLogLevel: 'warn',
      passwordSignIn: {
        ...pw,
        perSecondPerCore: round(pw.perSecond / info.cores),
        rawArgon2idHashesPerSecond: round(rawPerSecond),
        rawArgon2idHashesPerSecondPerCore: round(rawPerSecond / info.cores),
        ratio: round(pw.perSecond / rawPerSecond),
        roundRatios: passwordRounds.map((entry) => round(passwordRatio(entry))),
        goal: 0.8,
        keycloakSizingPlanPerVcpu: 15,
      },
      totpSignIn: figures(totp, totpSeconds),
      me: {
        ...meFigures,
        connections: 100,
        bareRoutePerSecond: bareFigures.perSecond,
        bareP50Ms: bareFigures.p50Ms,
        bareP99Ms: bareFigures.p99Ms,
        bareErrors: bareFigures.errors,
        ratio: round(ratioOf(median)),
        roundRatios: rounds.map((pair) => round(ratioOf(pair))),
        errorsAllRounds: meErrorsAllRounds,
        goal: 0.5,
      },
    })}\n`,
  );
} finally {
  target.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
