import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateSync } from 'otplib';
import type { Account } from '../../electron/services/authenticator/accountSchema';
import { encodeBase32 } from '../../electron/services/authenticator/encodeBase32';
import { generateCode } from '../../electron/services/authenticator/generateCode';

/** Figures of one run of the code-generation benchmark. */
export interface CodeBenchFigures {
  accounts: number;
  rounds: number;
  /** Median time to generate every account's code through `generateCode`, in ms. */
  apiMs: number;
  /** Median time for the same number of raw `otplib` `generateSync` calls, in ms. */
  rawOtplibMs: number;
  /** Median of the per-round ratios api / raw (rounds run back to back); the goal is at most 1.2. */
  ratio: number;
  goal: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Measures code generation for `accounts` TOTP accounts (SHA1, 6 digits, 30 s, 160-bit
 * secrets, as the ID server issues) through DeskID's `generateCode`, next to the same
 * number of raw otplib `generateSync` calls on the same secrets, in the same process.
 * Rounds alternate between the two after a warm-up; medians are reported.
 */
export function benchCodes({
  accounts = 500,
  rounds = 101,
}: { accounts?: number; rounds?: number } = {}): CodeBenchFigures {
  const list: Account[] = Array.from({ length: accounts }, (_, index) => ({
    id: `bench-${index}`,
    type: 'totp',
    issuer: 'Bench',
    label: `user${index}@example.com`,
    secret: encodeBase32(randomBytes(20)),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    icon: null,
    sortOrder: index,
  }));
  const now = Date.now();
  const epoch = Math.floor(now / 1000);
  let sink = 0;
  const api = (): void => {
    for (const account of list) sink += generateCode(account, now).code.length;
  };
  const raw = (): void => {
    for (const account of list) sink += generateSync({ secret: account.secret, epoch }).length;
  };
  for (let warmup = 0; warmup < 5; warmup++) {
    api();
    raw();
  }
  const apiTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [run, times] of round % 2 === 0
      ? ([
          [api, apiTimes],
          [raw, rawTimes],
        ] as const)
      : ([
          [raw, rawTimes],
          [api, apiTimes],
        ] as const)) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
  }
  if (sink === 0) throw new Error('No code was generated');
  const apiMs = median(apiTimes);
  const rawOtplibMs = median(rawTimes);
  const ratio = median(apiTimes.map((time, round) => time / (rawTimes[round] ?? Number.NaN)));
  const round3 = (value: number): number => Math.round(value * 1000) / 1000;
  return {
    accounts,
    rounds,
    apiMs: round3(apiMs),
    rawOtplibMs: round3(rawOtplibMs),
    ratio: round3(ratio),
    goal: 1.2,
  };
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.stdout.write(`${JSON.stringify({ bench: 'codes', ...benchCodes() })}\n`);
}
