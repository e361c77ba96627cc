import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ceremonyPageCsp, ceremonyPageFileOf, serveCeremonyPage } from './ceremonyPageResponse';
import { ceremonyPartition } from './ceremonyPartition';

const origin = 'http://localhost:4799';
let pageDir: string;
beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'deskid-ceremony-page-'));
  pageDir = path.join(root, 'page');
  await mkdir(path.join(pageDir, 'assets'), { recursive: true });
  await writeFile(path.join(pageDir, 'index.html'), '<!doctype html><title>ceremony</title>');
  await writeFile(path.join(pageDir, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(path.join(root, 'secret.json'), '{"not":"served"}');
});
afterAll(() => rm(path.dirname(pageDir), { recursive: true, force: true }));

describe('ceremonyPageFileOf', () => {
  it("names the page's file for its path on the ceremony origin", () => {
    expect(ceremonyPageFileOf(`${origin}/__deskid-passkey-ceremony/index.html#{"kind":"register"}`, origin)).toBe(
      '/index.html',
    );
    expect(ceremonyPageFileOf(`${origin}/__deskid-passkey-ceremony/assets/main.js`, origin)).toBe('/assets/main.js');
  });

  it("passes everything else through: the server's own paths, other origins, look-alike paths", () => {
    expect(ceremonyPageFileOf(`${origin}/api/v1/server-info`, origin)).toBeUndefined();
    expect(ceremonyPageFileOf(`${origin}/__deskid-passkey-ceremonyX/index.html`, origin)).toBeUndefined();
    expect(ceremonyPageFileOf('http://localhost:4800/__deskid-passkey-ceremony/index.html', origin)).toBeUndefined();
    expect(ceremonyPageFileOf('https://localhost:4799/__deskid-passkey-ceremony/index.html', origin)).toBeUndefined();
    expect(ceremonyPageFileOf('not a url', origin)).toBeUndefined();
  });
});

describe('serveCeremonyPage', () => {
  it("serves the built page's files with the page's CSP: no connections at all", async () => {
    const answer = await serveCeremonyPage(pageDir, '/index.html', 'GET');
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('<title>ceremony</title>');
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('content-security-policy')).toBe(ceremonyPageCsp);
    expect(ceremonyPageCsp).toContain("connect-src 'none'");
    expect((await serveCeremonyPage(pageDir, '/assets/main.js', 'GET')).status).toBe(200);
  });

  it('serves nothing outside the page folder, nothing missing, and only GET and HEAD', async () => {
    const outside = ceremonyPageFileOf(`${origin}/__deskid-passkey-ceremony/%2e%2e/secret.json`, origin) ?? '';
    expect((await serveCeremonyPage(pageDir, outside, 'GET')).status).toBe(404);
    expect((await serveCeremonyPage(pageDir, '/../secret.json', 'GET')).status).toBe(404);
    expect((await serveCeremonyPage(pageDir, '/missing.js', 'GET')).status).toBe(404);
    expect((await serveCeremonyPage(pageDir, '/index.html', 'POST')).status).toBe(405);
    const head = await serveCeremonyPage(pageDir, '/index.html', 'HEAD');
    expect([head.status, await head.text()]).toEqual([200, '']);
  });
});

describe('ceremonyPartition', () => {
  it('is one in-memory partition per ID-server origin, persisted only for Touch ID', () => {
    const name = ceremonyPartition(origin, { persist: false });
    expect(name).toMatch(/^deskid-ceremony-[0-9a-f]{16}$/);
    expect(ceremonyPartition(origin, { persist: false })).toBe(name);
    expect(ceremonyPartition('https://id.example.org', { persist: false })).not.toBe(name);
    expect(ceremonyPartition(origin, { persist: true })).toBe(`persist:${name}`);
  });
});
