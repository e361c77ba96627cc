import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linesFromEnd } from './linesFromEnd';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function fileWith(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-lines-'));
  dirs.push(dir);
  const file = path.join(dir, 'log.jsonl');
  await writeFile(file, text);
  return file;
}

async function allLines(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of linesFromEnd(file)) lines.push(line);
  return lines;
}

describe('linesFromEnd', () => {
  it('gives every line, last first, across chunk boundaries, with multi-byte characters and a line longer than a chunk', async () => {
    // Lines of varied length with 2- and 3-byte characters, so the 64 KiB chunk edges fall
    // inside characters and lines; one line of 150 KB spans three chunks.
    const lines = Array.from({ length: 4000 }, (_, index) => `${index} ${'ñ€a'.repeat(index % 37)}`);
    lines.splice(1234, 0, 'x€'.repeat(50_000));
    const file = await fileWith(`${lines.join('\n')}\n`);
    expect(await allLines(file)).toEqual([...lines].reverse());
  });

  it('gives a last line with no newline, and skips empty lines', async () => {
    const file = await fileWith('first\n\n\nsecond\nno newline at the end');
    expect(await allLines(file)).toEqual(['no newline at the end', 'second', 'first']);
  });

  it('closes the file when the caller stops early', async () => {
    const file = await fileWith(`${'old line\n'.repeat(120_000)}wanted 1\nwanted 2\n`);
    // The process's open files, as Linux lists them (the suite runs on Linux, with its Secret Service).
    const openFiles = async () => (await readdir('/proc/self/fd')).length;
    const before = await openFiles();
    const read: string[] = [];
    for await (const line of linesFromEnd(file)) {
      read.push(line);
      if (read.length === 2) {
        expect(await openFiles()).toBe(before + 1);
        break;
      }
    }
    expect(read).toEqual(['wanted 2', 'wanted 1']);
    expect(await openFiles()).toBe(before);
  });

  it('has no lines for a missing or empty file', async () => {
    expect(await allLines(path.join(os.tmpdir(), 'deskid-no-such-file.jsonl'))).toEqual([]);
    expect(await allLines(await fileWith(''))).toEqual([]);
  });
});
