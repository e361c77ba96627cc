import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStaticFile } from './readStaticFile';

let root: string;
beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'deskid-static-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(base, 'secret.html'), 'outside');
});

describe('readStaticFile', () => {
  it('serves index.html for / and files with their type', async () => {
    expect(await readStaticFile(root, '/')).toMatchObject({ contentType: 'text/html; charset=utf-8' });
    const js = await readStaticFile(root, '/assets/app.js?v=1');
    expect(js?.contentType).toBe('text/javascript; charset=utf-8');
    expect(js?.body.toString()).toBe('export {}');
  });

  it('never leaves the renderer folder', async () => {
    for (const attempt of ['/../secret.html', '/%2e%2e/secret.html', '/assets/../../secret.html', '/%E0%A4%A']) {
      expect(await readStaticFile(root, attempt)).toBeNull();
    }
  });

  it('answers null for missing files and unknown types', async () => {
    expect(await readStaticFile(root, '/missing.js')).toBeNull();
    expect(await readStaticFile(root, '/assets')).toBeNull();
  });
});
