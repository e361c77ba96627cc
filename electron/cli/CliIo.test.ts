import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters } from '../services/text/unsafeText';
import { terminalSafeIo, type CliIo } from './CliIo';

/** A CliIo whose stdout and stderr collect what reaches them. */
function collectingIo(): { io: CliIo; written: { stdout: string; stderr: string } } {
  const written = { stdout: '', stderr: '' };
  const sink = (name: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        written[name] += chunk.toString('utf8');
        done();
      },
    });
  return { io: { stdin: new PassThrough(), stdout: sink('stdout'), stderr: sink('stderr'), env: {} }, written };
}

const write = (stream: Writable, chunk: string | Buffer) =>
  new Promise<void>((resolve, reject) => stream.write(chunk, (error) => (error ? reject(error) : resolve())));

describe('terminalSafeIo (issue 9.13)', () => {
  it('removes controls, escape introducers and bidi controls in text mode, keeping line breaks', async () => {
    const { io, written } = collectingIo();
    const safe = terminalSafeIo(io, { json: false });
    await write(safe.stdout, 'Evil\u001b[2J\u001b]0;pwned\u0007 \u009b31mred\u202eback\r\nnext line\n');
    await write(safe.stderr, 'a\u2028b\u200fc\n');
    expect(written.stdout).toBe('Evil[2J]0;pwned 31mredback\nnext line\n');
    expect(written.stderr).toBe('abc\n');
  });

  it('keeps tabs in text mode, so columns keep their layout (review of issue 9, nit 11)', async () => {
    const { io, written } = collectingIo();
    const safe = terminalSafeIo(io, { json: false });
    await write(safe.stdout, 'issuer\tlabel\tcode\nLab\u001b[2J\tlee\t123456\n');
    expect(written.stdout).toBe('issuer\tlabel\tcode\nLab[2J\tlee\t123456\n');
  });

  it('writes them as JSON escapes with --json, so the parsed data is unchanged', async () => {
    const { io, written } = collectingIo();
    const value = { issuer: 'A\u009b31m\u202eB\u007f', label: 'x\u001by' };
    await write(terminalSafeIo(io, { json: true }).stdout, `${JSON.stringify(value, null, 2)}\n`);
    expect(hasUnsafeCharacters(written.stdout.replaceAll('\n', ''))).toBe(false);
    expect(JSON.parse(written.stdout)).toEqual(value);
  });

  it('decodes UTF-8 split across byte chunks', async () => {
    const { io, written } = collectingIo();
    const safe = terminalSafeIo(io, { json: false });
    const bytes = Buffer.from('Zürich \u009b東京\n', 'utf8');
    for (let index = 0; index < bytes.length; index += 1) await write(safe.stdout, bytes.subarray(index, index + 1));
    expect(written.stdout).toBe('Zürich 東京\n');
  });
});
