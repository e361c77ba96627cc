import type { CallHandlers } from '../../../contract/dispatcher';
import { backupFileName } from '../../backup/backupFileName';
import { exportBackup } from '../../backup/exportBackup';
import { restoreBackup } from '../../backup/restoreBackup';
import { refuseImportUnlessAllowed, refuseRestoredIssuersNotAllowed } from '../../policy/policyLimits';
import { decodeUpload } from './decodeUpload';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `exporting.${string}`>>;

/**
 * The `exporting.*` calls: an encrypted backup of the unlocked profile (handed over as the
 * host saves files: a download or a save dialog) and its restore, merging or replacing.
 * `export_disabled` when the setting or machine policy (`allowExport`) switches exports off;
 * a restore brings accounts in, so policy's `allowImport` holds for it (`import_disabled`).
 */
export function exportingHandlers(state: HostState): Handlers {
  const { profiles, settings, context, now } = state;
  return {
    'exporting.backup': async ({ passphrase }) => {
      const { vault, profile, audit } = await profiles.require();
      const { exportAllowed } = await settings.read();
      const text = await exportBackup({
        vault,
        passphrase,
        policy: { exportsAllowed: exportAllowed },
        profile: { displayName: profile.displayName, idServer: profile.idServer },
        audit,
        now: () => new Date(now()),
      });
      return context.saveFile({ suggestedName: backupFileName(profile.displayName, new Date(now())), text });
    },
    'exporting.restore': async ({ passphrase, mode, ...file }) => {
      refuseImportUnlessAllowed(context.policy);
      const { vault, book, audit } = await profiles.require();
      const text = decodeUpload(file).toString('utf8');
      const result = await restoreBackup({
        vault,
        text,
        passphrase,
        mode,
        audit,
        refuse: (written) => refuseRestoredIssuersNotAllowed(written, context.policy),
      });
      // A merge matches by id: the same account under another id comes in twice; keep it once.
      const repeats = await book.removeDuplicates();
      state.hotpShown.clear();
      return {
        added: result.added.length - repeats.length,
        replaced: result.replaced.length,
        duplicates: repeats.length + result.unchanged.length + result.kept.length,
      };
    },
  };
}
