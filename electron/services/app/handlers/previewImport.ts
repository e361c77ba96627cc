import type { CallOutput } from '../../../contract/calls';
import type { NewAccount } from '../../authenticator/accountSchema';
import { findDuplicate } from '../../authenticator/findDuplicate';
import type { ImportResult } from '../../importers/ImportResult';
import type { HostState } from './HostState';

type Preview = CallOutput<'importing.preview'>;

/**
 * Holds what an importer read as a preview of the open profile and describes it: each
 * account new, a duplicate of one already here, or repeated (an earlier entry of the same
 * file holds it), and each entry the importer skipped as unsupported, with why. Nothing is
 * written. `isImport`: what the commit asks machine policy about again
 * (`HeldPreview.isImport`).
 */
export async function previewImport(
  state: HostState,
  imported: ImportResult,
  { isImport }: { isImport: boolean },
): Promise<Preview> {
  const open = await state.profiles.require();
  const listed: NewAccount[] = await open.book.list();
  const earlier: NewAccount[] = [];
  const entries: Preview['entries'] = imported.accounts.map((account) => {
    let status: 'new' | 'duplicate' | 'repeated' = 'new';
    if (findDuplicate(listed, account) !== undefined) status = 'duplicate';
    else if (findDuplicate(earlier, account) !== undefined) status = 'repeated';
    else earlier.push(account);
    const type = account.type === 'hotp' ? 'hotp' : 'totp';
    return { issuer: account.issuer, label: account.label, type, status };
  });
  for (const skipped of imported.skipped) {
    entries.push({ issuer: '', label: skipped.name, type: 'totp', status: 'unsupported', why: skipped.why });
  }
  const previewId = state.previews.hold({
    profileId: open.profile.id,
    format: imported.format,
    accounts: imported.accounts,
    isImport,
  });
  return { previewId, format: imported.format, entries };
}
