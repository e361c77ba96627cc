import type { CallHandlers } from '../../../contract/dispatcher';
import { createManualAccount } from '../../authenticator/createManualAccount';
import { parseOtpauthUri } from '../../authenticator/parseOtpauthUri';
import { importAccounts } from '../../importers/importAccounts';
import { importQrImage } from '../../importers/importQrImage';
import { refuseIssuersNotAllowed } from '../../policy/policyLimits';
import { decodeUpload } from './decodeUpload';
import type { HostState } from './HostState';
import { previewImport } from './previewImport';
import { summariseAdded } from './summarise';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `adding.${string}`>>;

/**
 * The `adding.*` calls: one account into the unlocked person's authenticator, from an
 * `otpauth://` URI, a QR code image (answered as an import preview, since a Google
 * Authenticator export code holds many) or typed by hand. Errors say what is wrong with
 * the input (`invalid_otpauth_uri`, `invalid_secret`, `invalid_account`, `no_qr_code`, …);
 * `issuer_not_allowed` for an issuer machine policy's allow-list leaves out.
 */
export function addingHandlers(state: HostState): Handlers {
  const book = async () => (await state.profiles.require()).book;
  return {
    'adding.fromUri': async ({ uri }) => {
      // A Google Authenticator export link may hold many accounts; a plain URI gets its precise refusal.
      const imported = /^otpauth-migration:/i.test(uri)
        ? await importAccounts(Buffer.from(uri, 'utf8'))
        : { format: 'otpauth' as const, accounts: [parseOtpauthUri(uri)], skipped: [] };
      refuseIssuersNotAllowed(imported.accounts, state.context.policy);
      return summariseAdded(await (await book()).add(imported.accounts, imported.format));
    },
    'adding.fromImage': async (file) => previewImport(state, importQrImage(decodeUpload(file))),
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
