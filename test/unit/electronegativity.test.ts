import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/browserHost';

// Doyensec's Electronegativity over electron/, through its Node API (its CLI exits 0 even
// with findings). Every finding must be justified by name in docs/security.md's "Scanner
// findings" table (check and file), and every row there must still match a finding.

interface Finding {
  id: string;
  /** `electron/…`, or `N/A` for a check about the whole app. */
  file: string;
  line: number;
}

/**
 * Runs the scanner in its own process (it registers i18n globals) and reads its answer.
 * AvailableSecurityFixesGlobalCheck is left out: it downloads Electron's release list and
 * judges the version in a package.json, and electron/ has none (the version is pinned in
 * the root package.json; docs/security.md, checklist point 16).
 */
async function scanElectronFolder(): Promise<{ findings: Finding[]; unreadable: string[] }> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-electronegativity-'));
  cleanups.push(() => rm(outDir, { recursive: true, force: true }));
  const outFile = path.join(outDir, 'scan.json');
  const script = `
    const run = require(${JSON.stringify(path.join(repoRoot, 'node_modules/@doyensec/electronegativity/dist/runner.js'))});
    run({ input: ${JSON.stringify(path.join(repoRoot, 'electron'))}, isSarif: false, customScan: [], excludeFromScan: ['availablesecurityfixesglobalcheck'],
          isRelative: true, isVerbose: false, electronVersionOverride: '45.5.0', parserPlugins: [] }, false)
      .then((result) => require('node:fs').writeFileSync(${JSON.stringify(outFile)}, JSON.stringify(result)));`;
  // LANG picks one of its bundled locales; the update it fetches from the network may fail offline.
  await promisify(execFile)(process.execPath, ['-e', script], { env: { ...process.env, LANG: 'en-US' } });
  const result = JSON.parse(await readFile(outFile, 'utf8')) as {
    issues: { id: string; file: string; location: { line: number } }[];
    errors: { file: string; message: string }[];
  };
  return {
    findings: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file === 'N/A' ? 'N/A' : `electron/${issue.file}`,
      line: issue.location.line,
    })),
    unreadable: result.errors.map((error) => `${path.relative(repoRoot, error.file)}: ${error.message}`),
  };
}

/** The (check, file) pairs of docs/security.md's "Scanner findings" table. */
async function justifiedFindings(): Promise<string[]> {
  const doc = await readFile(path.join(repoRoot, 'docs/security.md'), 'utf8');
  const section = /^## Scanner findings\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(-|check\b)/i.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim().replaceAll('`', '')))
    .map(([, check, file]) => `${check} ${file}`);
}

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('Electronegativity over electron/', () => {
  it('finds nothing that docs/security.md does not justify by check and file, and reads every source file', async () => {
    const [{ findings, unreadable }, justified] = await Promise.all([scanElectronFolder(), justifiedFindings()]);
    process.stdout.write(
      `Electronegativity: ${findings.length} findings, ${justified.length} justified in docs/security.md\n`,
    );

    // A file the scanner cannot parse is a file it did not check (test files are not shipped).
    expect(unreadable.filter((entry) => !entry.includes('.test.ts: '))).toEqual([]);
    const unjustified = findings
      .filter((finding) => !justified.includes(`${finding.id} ${finding.file}`))
      .map((finding) => `${finding.id} ${finding.file}:${finding.line}`);
    expect(unjustified).toEqual([]);
    // A row whose finding is gone is stale: the table says what the scanner sees today.
    const found = new Set(findings.map((finding) => `${finding.id} ${finding.file}`));
    expect(justified.filter((row) => !found.has(row))).toEqual([]);
  }, 180_000);
});
