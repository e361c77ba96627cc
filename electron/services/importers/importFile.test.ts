import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { importFile } from './importFile';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

async function errorOf(path: string): Promise<DeskIdError> {
  const error = await importFile(path).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DeskIdError)) throw new Error('expected a DeskIdError');
  return error;
}

describe('importFile', () => {
  it('never repeats an argument that looks like a URI, which may hold a secret', async () => {
    for (const mistyped of [
      `otpauth://totp/ACME:alice?secret=${secret}&issuer=ACME`,
      `otpauth:/totp/alice?secret=${secret}`,
      `otpauth-migration://offline?data=${secret}`,
      `./exports/alice?SECRET=${secret}`,
    ]) {
      const error = await errorOf(mistyped);
      expect(error.code).toBe('file_error');
      expect(error.message).toBe('DeskID cannot read that file: what was given looks like a URI, not a file path.');
      expect(JSON.stringify(error.toJSON())).not.toContain(secret);
    }
  });

  it('names an ordinary path that is missing or not a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deskid-import-file-'));
    const missing = join(dir, 'export.json');
    expect(await errorOf(missing)).toMatchObject({
      code: 'file_error',
      message: `There is no file "${missing}".`,
      details: { errno: 'ENOENT' },
    });
    expect(await errorOf(dir)).toMatchObject({ code: 'file_error', message: `"${dir}" is not a file.` });
  });
});
