import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/browserHost';

// The Electron-only code stays thin glue: electron/main + electron/preload hold at most 15%
// of the app's non-test TypeScript. "The app" is the source folders that ship or define it:
// electron/ (contract, services, main, preload, host, cli), renderer/src, server/ and
// protocol/. Tests (`*.test.ts`, `*.test.tsx`), test/, scripts/ and configuration are not
// counted; neither are blank lines.
const sourceFolders = ['electron', 'renderer/src', 'server', 'protocol'];
const electronOnly = ['electron/main', 'electron/preload'];
const budget = 0.15;

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(repoRoot, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).includes('node_modules'));
}

async function codeLines(file: string): Promise<number> {
  return (await readFile(path.join(repoRoot, file), 'utf8')).split('\n').filter((line) => line.trim() !== '').length;
}

describe('the Electron-only line budget', () => {
  it(`keeps electron/main + electron/preload at or under ${budget * 100}% of the non-test TypeScript`, async () => {
    const files = (await Promise.all(sourceFolders.map(sourceFiles))).flat();
    const lines = await Promise.all(files.map(async (file) => ({ file, lines: await codeLines(file) })));
    const total = lines.reduce((sum, entry) => sum + entry.lines, 0);
    const glue = lines
      .filter((entry) => electronOnly.some((folder) => entry.file.startsWith(`${folder}${path.sep}`)))
      .reduce((sum, entry) => sum + entry.lines, 0);
    const share = glue / total;
    process.stdout.write(
      `Electron-only code: ${glue} of ${total} non-blank, non-test TypeScript lines (${(share * 100).toFixed(1)}%; budget ${budget * 100}%)\n`,
    );
    expect(glue).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual(budget);
  });
});
