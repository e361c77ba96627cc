import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/browserHost';

const run = promisify(execFile);

/** The pictures docs/user-guide.md shows (`images/<name>.png`), by name. */
async function picturesOfTheGuide(): Promise<string[]> {
  const guide = await readFile(path.join(repoRoot, 'docs', 'user-guide.md'), 'utf8');
  return [...new Set([...guide.matchAll(/\]\(images\/([\w-]+\.png)\)/g)].map((match) => match[1] ?? ''))].sort();
}

// `npm run docs:screenshots` drives the whole UI; a selector it waits for that the app no
// longer has stops it at that screen (from 3 to 6 December 2026 it stopped at "codes", and
// nobody knew). This runs it for real, into a folder of its own.
describe('npm run docs:screenshots', () => {
  const made = mkdtemp(path.join(os.tmpdir(), 'deskid-screenshots-'));
  afterAll(async () => rm(await made, { recursive: true, force: true }));

  it('reaches every screen and writes each picture the user guide shows, and only those', async () => {
    const dir = await made;
    const { stdout } = await run('npx', ['tsx', 'scripts/docsScreenshots.ts'], {
      cwd: repoRoot,
      env: { ...process.env, DESKID_SCREENSHOTS_DIR: dir },
      maxBuffer: 1 << 20,
    });
    const written = (await readdir(dir)).sort();
    expect(written).toEqual(await picturesOfTheGuide());
    // It names each picture it writes.
    expect(
      [
        ...new Set(
          stdout
            .trim()
            .split('\n')
            .map((line) => path.basename(line)),
        ),
      ].sort(),
    ).toEqual(written);
    for (const name of written) {
      const picture = PNG.sync.read(await readFile(path.join(dir, name)));
      expect(picture.width * picture.height, name).toBeGreaterThan(100 * 100);
    }
  }, 900_000);
});
