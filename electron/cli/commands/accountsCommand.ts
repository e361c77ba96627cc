import { readFile, stat, writeFile } from 'node:fs/promises';
import { DeskIdError } from '../../contract/DeskIdError';
import { describe } from '../../services/accounts/AccountBook';
import type { Account } from '../../services/authenticator/accountSchema';
import { parseOtpauthUri } from '../../services/authenticator/parseOtpauthUri';
import { exportBackup } from '../../services/backup/exportBackup';
import { restoreBackup } from '../../services/backup/restoreBackup';
import { importAccounts } from '../../services/importers/importAccounts';
import { importFile } from '../../services/importers/importFile';
import { machinePolicyFor } from '../../services/policy/machinePolicyFor';
import {
  refuseImportUnlessAllowed,
  refuseIssuersNotAllowed,
  refuseRestoredIssuersNotAllowed,
} from '../../services/policy/policyLimits';
import { readEffectivePolicy } from '../../services/policy/readEffectivePolicy';
import type { ImportResult } from '../../services/importers/ImportResult';
import type { CliContext } from '../CliContext';
import { describeWord } from '../describeWord';
import { withProfileBook } from '../openProfileBook';
import { refuseSecretArgument } from '../SecretInput';
import { usageError } from '../usage';

/**
 * `deskid accounts list|add|import|export|restore`, under machine policy: imports and
 * restores only when `allowImport`, issuers only from `issuerAllowlist`, backups and
 * clear-text exports only when `allowExport` (or the person's own setting) allows.
 */
export async function accountsCommand(context: CliContext, [action, argument]: string[]): Promise<void> {
  switch (action) {
    case 'list':
      return withProfileBook(context, async ({ book }) => {
        const accounts = (await book.list()).map(publicView);
        context.print(
          accounts,
          accounts.length === 0 ? 'No accounts yet. Add one with: deskid accounts add -' : accounts.map(formatRow),
        );
      });
    case 'add':
    case 'import': {
      if (argument === undefined)
        throw usageError(`accounts ${action} needs ${action === 'add' ? 'an image file or -' : 'a FILE'}.`);
      refuseSecretArgument(argument);
      const policy = machinePolicyFor(context.io.env);
      if (action === 'import') refuseImportUnlessAllowed(policy);
      return withProfileBook(context, async ({ book }) => {
        const imported = await readAccounts(context, action, argument);
        refuseIssuersNotAllowed(imported.accounts, policy);
        const result = await book.add(imported.accounts, imported.format);
        // A duplicate of an account this very call added is an entry repeated in what was read.
        const addedNow = new Set(result.added.map((account) => account.id));
        const duplicates = result.duplicates.filter((duplicate) => !addedNow.has(duplicate.existingId));
        const repeated = result.duplicates.filter((duplicate) => addedNow.has(duplicate.existingId));
        const source = action === 'import' ? 'this file' : 'this export';
        context.print(
          {
            format: imported.format,
            added: result.added.map(publicView),
            duplicates: duplicates.map((duplicate) => ({
              ...publicName(duplicate.candidate),
              existingId: duplicate.existingId,
            })),
            repeated: repeated.map((repeat) => ({ ...publicName(repeat.candidate), addedId: repeat.existingId })),
            skipped: imported.skipped,
          },
          [
            `Added ${result.added.length} account${result.added.length === 1 ? '' : 's'}.`,
            ...result.added.map((account) => `  + ${describe(account)}`),
            ...duplicates.map((duplicate) => `  = ${describe(duplicate.candidate)} is already here; not added again.`),
            ...repeatLines(result.added, repeated, source),
            ...imported.skipped.map((skip) => `  ! entry ${skip.position} (${skip.name}) skipped: ${skip.reason}`),
          ],
        );
      });
    }
    case 'export':
      return exportAccounts(context);
    case 'restore': {
      if (argument === undefined) throw usageError('accounts restore needs a backup FILE.');
      const policy = machinePolicyFor(context.io.env);
      refuseImportUnlessAllowed(policy);
      return withProfileBook(context, async ({ vault, profile, book }) => {
        const text = await readFile(argument, 'utf8').catch(() => {
          throw new DeskIdError('file_error', `DeskID cannot read "${argument}". Check the name and try again.`);
        });
        const passphrase = await context.secrets.read('backup passphrase', {
          fromStdin: context.line.passphraseStdin,
          flag: '--passphrase-stdin',
        });
        const mode = context.line.yes ? 'replace' : 'merge';
        const result = await restoreBackup({
          vault,
          text,
          passphrase,
          mode,
          audit: context.profiles.auditLog(profile.id),
          refuse: (written) => refuseRestoredIssuersNotAllowed(written, policy),
        });
        const repeats = await book.removeDuplicates();
        context.print({ ...result, duplicatesRemoved: repeats.map(publicView) }, [
          `Restored (${mode}): ${result.added.length} added, ${result.kept.length} kept as they were.`,
          ...repeats.map((account) => `  = ${describe(account)} was already here; kept once.`),
        ]);
      });
    }
    default:
      throw usageError(`Unknown accounts action ${describeWord(action ?? '')}.`);
  }
}

async function readAccounts(context: CliContext, action: string, argument: string): Promise<ImportResult> {
  if (action === 'add' && argument === '-') {
    const uri = await context.secrets.nextStdinLine('otpauth:// URI');
    // One plain URI gets parseOtpauthUri's precise refusal; a Google export may hold many.
    if (/^otpauth-migration:/i.test(uri)) return importAccounts(Buffer.from(uri, 'utf8'));
    return { format: 'otpauth', accounts: [parseOtpauthUri(uri.trim())], skipped: [] };
  }
  try {
    return await importFile(argument);
  } catch (error) {
    if (!(error instanceof DeskIdError && error.code === 'password_required')) throw error;
    const password = await context.secrets.read('password of the export file', {
      fromStdin: context.line.passwordStdin,
      flag: '--password-stdin',
    });
    return importFile(argument, { password });
  }
}

async function exportAccounts(context: CliContext): Promise<void> {
  const { encrypted, otpauth } = context.line;
  if ((encrypted === undefined) === (otpauth === undefined)) {
    throw usageError('accounts export needs either --encrypted FILE or --otpauth FILE.');
  }
  const { allowExport } = (await readEffectivePolicy(context.dataDir, machinePolicyFor(context.io.env))).values;
  const exportPolicy = { exportsAllowed: allowExport };
  await withProfileBook(context, async ({ vault, book, profile }) => {
    if (encrypted !== undefined) {
      // Like --otpauth: never over an existing file (it may be an older backup).
      if (
        await stat(encrypted).then(
          () => true,
          () => false,
        )
      ) {
        throw new DeskIdError('file_error', `"${encrypted}" already exists. Choose another file name.`);
      }
      const passphrase = await context.secrets.readNew('backup passphrase', {
        fromStdin: context.line.passphraseStdin,
        flag: '--passphrase-stdin',
      });
      await exportBackup({
        vault,
        passphrase,
        policy: exportPolicy,
        profile: { displayName: profile.displayName, idServer: profile.idServer },
        audit: context.profiles.auditLog(profile.id),
        file: encrypted,
      });
      context.print(
        { file: encrypted },
        `Wrote an encrypted backup to ${encrypted}. Keep the passphrase safe: without it the backup cannot be opened.`,
      );
      return;
    }
    const uris = await book.exportOtpauthUris(exportPolicy);
    const file = otpauth ?? '';
    // Clear-text secrets: owner-only, and never over an existing file.
    await writeFile(file, `${uris.join('\n')}\n`, { mode: 0o600, flag: 'wx' }).catch((error: unknown) => {
      const exists = (error as { code?: string }).code === 'EEXIST';
      throw new DeskIdError(
        'file_error',
        exists ? `"${file}" already exists. Choose another file name.` : `DeskID cannot write "${file}".`,
      );
    });
    context.print(
      { file, count: uris.length },
      `Wrote ${uris.length} otpauth:// URIs to ${file}. They hold your secrets in clear text: delete the file when done.`,
    );
  });
}

/** What may be shown of an account: never its secret. */
function publicView(account: Account) {
  return {
    id: account.id,
    ...publicName(account),
    type: account.type,
    algorithm: account.algorithm,
    digits: account.digits,
    ...(account.type === 'hotp' ? { counter: account.counter } : { period: account.period }),
  };
}

/**
 * One line for each added account that `source` held more than once ("appears twice in
 * this file; added once"), in the order they were added.
 */
function repeatLines(added: readonly Account[], repeated: readonly { existingId: string }[], source: string): string[] {
  return added.flatMap((account) => {
    const times = 1 + repeated.filter((repeat) => repeat.existingId === account.id).length;
    if (times === 1) return [];
    return [`  = ${describe(account)} appears ${times === 2 ? 'twice' : `${times} times`} in ${source}; added once.`];
  });
}

function publicName(account: Pick<Account, 'issuer' | 'label'>) {
  return { issuer: account.issuer, label: account.label };
}

function formatRow(account: ReturnType<typeof publicView>): string {
  const timing = 'counter' in account ? `counter ${account.counter}` : `${account.period} s`;
  return `${describe(account)}  ${account.type.toUpperCase()} ${account.algorithm} ${account.digits} digits, ${timing}  [${account.id}]`;
}
