import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { openLog } from './openLog';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('openLog', () => {
  it('logs to <data dir>/logs/<name>.log', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-openlog-'));
    dirs.push(dataDir);
    openLog({ dataDir, name: 'main' })('app.info', new Error('boom'));
    expect(await readFile(path.join(dataDir, 'logs', 'main.log'), 'utf8')).toContain('"msg":"app.info"');
  });

  it('says so in one line and logs to stderr, still redacted, where the folder cannot be made', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-openlog-'));
    dirs.push(dataDir);
    await writeFile(path.join(dataDir, 'logs'), 'a file where the folder should be');
    const stderr = new PassThrough();
    let written = '';
    stderr.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const logError = openLog({ dataDir, name: 'main', stderr });
    logError('profiles.unlock', Object.assign(new Error('nope'), { pin: '482913' }));
    const [notice, line] = written.split('\n');
    expect(notice).toMatch(/^DeskID cannot write its log in .+logs \(.+\), so unexpected errors appear here only\.$/);
    expect(JSON.parse(line ?? '')).toMatchObject({ msg: 'profiles.unlock', err: { message: 'nope' } });
    expect(written).not.toContain('482913');
  });
});
