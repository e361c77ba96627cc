import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRecoveryCode } from '../../../protocol/recoveryCodeFormat';
import { escapeHtml } from './escapeHtml';
import { writeRecoveryFile } from './writeRecoveryFile';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

// 4921 0387 5566 1202 is a valid code (Luhn); the server sends it without separators.
const content = {
  code: '4921038755661202',
  account: 'dana.ortiz',
  server: 'https://id.example.org',
  issuedAt: '2026-11-26T07:15:42.000Z',
};

describe('recovery-code file', () => {
  it('shows the code as the protocol groups it (1234 5678 9012 3456), which reads back as the code', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-recovery-'));
    dirs.push(dir);
    const file = path.join(dir, 'recovery-code.txt');
    await writeRecoveryFile({ file, ...content });
    const shown = /^ {4}(\S.*)$/m.exec(await readFile(file, 'utf8'))?.[1];
    expect(shown).toBe('4921 0387 5566 1202');
    expect(parseRecoveryCode(shown ?? '')).toBe(content.code);
    await expect(writeRecoveryFile({ file, ...content, code: '4921038755661a04' })).rejects.toThrow(/16 digits/);
  });

  it('writes the text file with account, server, date and instructions, and nothing else beside it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-recovery-'));
    dirs.push(dir);
    const file = path.join(dir, 'recovery-code.txt');
    await writeRecoveryFile({ file, ...content });
    const text = await readFile(file, 'utf8');
    expect(text).toContain('    4921 0387 5566 1202\n');
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
    expect(html).toContain('<span>4921</span><span aria-hidden="true"> </span><span>0387</span>');
    expect(html).toContain('<span>1202</span></p>');
    expect(html).toContain('If you lose it you will need a new account.');
    expect(html).toContain("default-src 'none'");
    expect(escapeHtml(`'&`)).toBe('&#39;&amp;');
  });
});
