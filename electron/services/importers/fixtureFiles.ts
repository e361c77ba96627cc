import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of third-party export fixtures, inside the repo (`test/fixtures/importers`). */
export const fixtureDir = fileURLToPath(new URL('../../../test/fixtures/importers/', import.meta.url));

/** One fixture file's expectations, from `expected.json`. */
export interface FixtureExpectation {
  password: string | null;
  entry_count: number;
  entries: {
    type: 'totp' | 'hotp' | 'steam';
    issuer: string;
    name: string;
    secret: string;
    algorithm: string;
    digits: number;
    period: number | null;
    counter: number | null;
  }[];
}

/** Reads `expected.json` of the fixtures (for tests only). */
export function readFixtureExpectations(): Record<string, FixtureExpectation> {
  const expected = JSON.parse(readFileSync(`${fixtureDir}expected.json`, 'utf8')) as {
    files: Record<string, FixtureExpectation>;
  };
  return expected.files;
}

/** Reads a fixture file's bytes (for tests only). */
export function readFixture(path: string): Buffer {
  return readFileSync(`${fixtureDir}${path}`);
}
