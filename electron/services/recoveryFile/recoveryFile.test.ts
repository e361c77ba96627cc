import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';
import { formatRecoveryCode } from './formatRecoveryCode';
import { writeRecoveryFile } from './writeRecoveryFile';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const content = {
  code: '4921 0387 5566 1204',
  account: 'dana.ortiz',
  server: 'https://id.example.org',
  issuedAt: '2026-11-26T07:15:42.000Z',
};

describe('recovery-code file', () => {
  it('groups the code 4-4-4-4 and refuses anything but 16 digits', () => {
    expect(formatRecoveryCode('4921038755661204')).toBe('4921-0387-5566-1204');
    expect(formatRecoveryCode('4921-0387-5566-1204')).toBe('4921-0387-5566-1204');
    expect(() => formatRecoveryCode('492103875566120')).toThrow(TypeError);
    expect(() => formatRecoveryCode('49210387556612045')).toThrow(TypeError);
    expect(() => formatRecoveryCode('4921038755661a04')).toThrow(/16 digits/);
  });

  it('writes the text file with account, server, date and instructions, and nothing else beside it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-recovery-'));
    dirs.push(dir);
    const file = path.join(dir, 'recovery-code.txt');
    await writeRecoveryFile({ file, ...content });
    const text = await readFile(file, 'utf8');
    expect(text).toContain('    4921-0387-5566-1204\n');
    expect(text).toContain('Account:   dana.ortiz');
    expect(text).toContain('Server:    https://id.example.org');
    expect(text).toContain('Issued on: 2026-11-26 07:15 UTC');
    expect(text).toMatch(/Keep it somewhere safe.*If you lose it you will need a new account\./);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await writeRecoveryFile({ file, ...content, code: '1111222233334444' });
    expect(await readdir(dir)).toEqual(['recovery-code.txt']);
  });

  it('writes a printable HTML page with every value escaped', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-recovery-'));
    dirs.push(dir);
    const file = path.join(dir, 'recovery-code.html');
    await writeRecoveryFile({
      file,
      format: 'html',
      ...content,
      account: '<script>alert("x")</script>',
      server: 'https://id.example.org/?a=1&b="2"',
    });
    const html = await readFile(file, 'utf8');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('https://id.example.org/?a=1&amp;b=&quot;2&quot;');
    expect(html).toContain('<span>4921</span>');
    expect(html).toContain('If you lose it you will need a new account.');
    expect(html).toContain("default-src 'none'");
    expect(escapeHtml(`'&`)).toBe('&#39;&amp;');
  });
});
