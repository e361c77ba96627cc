import { DeskIdError } from '../contract/DeskIdError';
import { AccountBook } from '../services/accounts/AccountBook';
import type { Profile } from '../services/profiles/profileIndexSchema';
import type { Vault } from '../services/vault/Vault';
import type { CliContext } from './CliContext';

/**
 * Finds the profile named by --profile (or the only one), opens its vault and unlocks it,
 * asking for the PIN when it has one. In shared-desktop mode a profile without a PIN is
 * refused (`invalid_pin`) with the command that gives it one. The caller locks the vault
 * when done.
 */
export async function openProfileBook(
  context: CliContext,
): Promise<{ profile: Profile; vault: Vault; book: AccountBook }> {
  const profile = await context.profiles.find(context.line.profile);
  const vault = await context.profiles.openVault(profile.id);
  if (vault.info().hasPin) {
    const pin = await context.secrets.read(`PIN for ${profile.displayName}`, {
      fromStdin: context.line.pinStdin,
      flag: '--pin-stdin',
    });
    await vault.unlock({ pin });
  } else {
    await vault.unlock().catch((error: unknown) => {
      throw error instanceof DeskIdError && error.code === 'invalid_pin' ? needsPin(profile, error) : error;
    });
  }
  return { profile, vault, book: new AccountBook(vault, context.profiles.auditLog(profile.id)) };
}

/** The services' refusal of a PIN-less profile in shared-desktop mode, with the commands that help. */
function needsPin(profile: Profile, refusal: DeskIdError): DeskIdError {
  return new DeskIdError(
    'invalid_pin',
    `"${profile.displayName}" has no PIN, and this computer is in shared-desktop mode, so it does not open without one. Set its PIN with: deskid profiles set-pin "${profile.displayName}" (it is then asked each time). If only one person uses this OS login, switch the mode off instead with: deskid settings set shared-desktop off`,
    refusal.details,
  );
}

/** Runs `work` with the profile's unlocked book and always locks the vault afterwards. */
export async function withProfileBook<T>(
  context: CliContext,
  work: (opened: Awaited<ReturnType<typeof openProfileBook>>) => Promise<T>,
): Promise<T> {
  const opened = await openProfileBook(context);
  try {
    return await work(opened);
  } finally {
    opened.vault.lock();
  }
}
