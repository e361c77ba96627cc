import type { CallHandlers } from '../../../contract/dispatcher';
import { importAccounts } from '../../importers/importAccounts';
import { refuseImportUnlessAllowed, refuseIssuersNotAllowed } from '../../policy/policyLimits';
import { decodeUpload } from './decodeUpload';
import type { HostState } from './HostState';
import { previewImport } from './previewImport';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `importing.${string}`>>;

/**
 * The `importing.*` calls: another app's export read into a preview held here (nothing
 * written, no secret sent back), then committed. `password_required` / `wrong_password`
 * for an encrypted export; the importers' own errors for the rest. Machine policy may
 * switch imports off (`import_disabled`, at preview and again at commit) or allow some
 * issuers only (`issuer_not_allowed`, checked at commit, which a QR picture's preview from
 * `adding.fromImage` goes through too).
 */
export function importingHandlers(state: HostState): Handlers {
  return {
    'importing.preview': async ({ password, ...file }) => {
      refuseImportUnlessAllowed(state.context.policy);
      const imported = await importAccounts(decodeUpload(file), password === undefined ? {} : { password });
      return previewImport(state, imported, { isImport: true });
    },
    'importing.commit': async ({ previewId }) => {
      const open = await state.profiles.require();
      const preview = state.previews.take(previewId, open.profile.id);
      // Again, as policy may have changed since the preview. A picture of one otpauth://
      // account (from adding.fromImage) is adding, not importing, and stays allowed; a
      // Google export code is an import even when it holds one account.
      if (preview.isImport) refuseImportUnlessAllowed(state.context.policy);
      refuseIssuersNotAllowed(preview.accounts, state.context.policy);
      const result = await open.book.add(preview.accounts, preview.format);
      // A duplicate of an account this import just added was an earlier entry of the file.
      const addedNow = new Set(result.added.map((account) => account.id));
      const repeated = result.duplicates.filter((duplicate) => addedNow.has(duplicate.existingId)).length;
      return { added: result.added.length, duplicates: result.duplicates.length - repeated, repeated };
    },
  };
}
