import type { CallHandlers } from '../../../contract/dispatcher';
import { createManualAccount } from '../../authenticator/createManualAccount';
import { parseOtpauthUri } from '../../authenticator/parseOtpauthUri';
import { importAccounts } from '../../importers/importAccounts';
import type { ImportResult } from '../../importers/ImportResult';
import { importQrImage } from '../../importers/importQrImage';
import type { MachinePolicy } from '../../policy/MachinePolicy';
import { refuseImportUnlessAllowed, refuseIssuersNotAllowed } from '../../policy/policyLimits';
import { decodeUpload } from './decodeUpload';
import type { HostState } from './HostState';
import { previewImport } from './previewImport';
import { summariseAdded } from './summarise';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `adding.${string}`>>;

/** A Google Authenticator export (`otpauth-migration://`): many accounts, so an import. */
const isMigrationLink = (text: string): boolean => /^otpauth-migration:/i.test(text);

/** The account of an `otpauth://` URI, or the accounts of a Google export link, which policy may refuse. */
async function readUriAccounts(uri: string, policy: MachinePolicy | undefined): Promise<ImportResult> {
  // A plain URI is parsed alone, so that a bad one gets its precise refusal.
  if (!isMigrationLink(uri)) return { format: 'otpauth', accounts: [parseOtpauthUri(uri)], skipped: [] };
  refuseImportUnlessAllowed(policy);
  return importAccounts(Buffer.from(uri, 'utf8'));
}

/**
 * The `adding.*` calls: one account into the unlocked person's authenticator, from an
 * `otpauth://` URI, a QR code image (answered as an import preview, since a Google
 * Authenticator export code holds many) or typed by hand. Errors say what is wrong with
 * the input (`invalid_otpauth_uri`, `invalid_secret`, `invalid_account`, `no_qr_code`, …);
 * `issuer_not_allowed` for an issuer machine policy's allow-list leaves out, and
 * `import_disabled` for a Google export link or code when policy switches imports off.
 */
export function addingHandlers(state: HostState): Handlers {
  const book = async () => (await state.profiles.require()).book;
  return {
    'adding.fromUri': async ({ uri }) => {
      const imported = await readUriAccounts(uri, state.context.policy);
      refuseIssuersNotAllowed(imported.accounts, state.context.policy);
      return summariseAdded(await (await book()).add(imported.accounts, imported.format));
    },
    'adding.fromImage': async (file) => {
      // A Google export code is an import (import_disabled when policy switches imports
      // off), here and again at the commit, whatever number of accounts it holds.
      let isImport = false;
      const beforeGoogleExport = () => {
        isImport = true;
        refuseImportUnlessAllowed(state.context.policy);
      };
      const imported = importQrImage(decodeUpload(file), { beforeGoogleExport });
      return previewImport(state, imported, { isImport });
    },
    'adding.manual': async ({ period, counter, ...entry }) => {
      const account = createManualAccount({
        ...entry,
        ...(period === undefined ? {} : { period }),
        ...(counter === undefined ? {} : { counter }),
      });
      refuseIssuersNotAllowed([account], state.context.policy);
      return summariseAdded(await (await book()).add([account], 'manual'));
    },
  };
}
