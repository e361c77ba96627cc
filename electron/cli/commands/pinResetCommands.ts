import path from 'node:path';
import { DeskIdError } from '../../contract/DeskIdError';
import { createIdServerClient } from '../../services/idserver/IdServerClient';
import { fetchRecoveryCodeBySignIn } from '../../services/pinReset/fetchRecoveryCodeBySignIn';
import { RecoveryCodePinReset } from '../../services/pinReset/RecoveryCodePinReset';
import type { Profile } from '../../services/profiles/profileIndexSchema';
import { stripUnsafeCharacters } from '../../services/text/unsafeText';
import type { CliContext } from '../CliContext';

/**
 * `deskid profiles setup-pin-reset NAME`: after the person signs in to their ID-server
 * account, their vault's reset share is sealed under their recovery code, so that a
 * forgotten PIN (or 10 wrong ones) can be reset by signing in again.
 */
export async function setupPinReset(context: CliContext, profile: Profile): Promise<void> {
  const vault = await context.profiles.openVault(profile.id);
  if (!vault.info().hasPin) {
    throw new DeskIdError('invalid_request', `"${profile.displayName}" has no PIN, so there is nothing to reset.`);
  }
  const pin = await context.secrets.read(`PIN for ${profile.displayName}`, {
    fromStdin: context.line.pinStdin,
    flag: '--pin-stdin',
  });
  await vault.unlock({ pin });
  try {
    const recoveryCode = await signIn(context, profile);
    const authority = new RecoveryCodePinReset({
      file: resetFile(context, profile),
      vaultId: profile.id,
      recoveryCode,
    });
    await context.profiles.setPin(vault, pin, authority);
  } finally {
    vault.lock();
  }
  context.print(
    { profile: profile.id, pinResettable: true },
    `PIN reset is set up for "${profile.displayName}": if the PIN is forgotten, sign in again with: deskid profiles reset-pin "${profile.displayName}"`,
  );
}

/** `deskid profiles reset-pin NAME`: sign in to the ID server, then choose a new PIN. */
export async function resetPin(context: CliContext, profile: Profile): Promise<void> {
  const vault = await context.profiles.openVault(profile.id);
  // Prove who you are first, then choose the new PIN.
  const recoveryCode = await signIn(context, profile);
  const authority = new RecoveryCodePinReset({
    file: resetFile(context, profile),
    vaultId: profile.id,
    signIn: () => Promise.resolve(recoveryCode),
  });
  const newPin = await context.secrets.readNew(`new PIN for ${profile.displayName}`, {
    fromStdin: context.line.pinStdin,
    flag: '--pin-stdin',
  });
  await context.profiles.resetPin(vault, authority, newPin);
  vault.lock();
  context.print({ profile: profile.id, pinReset: true }, `The PIN of "${profile.displayName}" is reset.`);
}

function resetFile(context: CliContext, profile: Profile): string {
  return path.join(context.profiles.profileDir(profile.id), 'pin-reset.json');
}

/** Password, then an authenticator or SMS code, for the profile's linked ID-server account. */
async function signIn(context: CliContext, profile: Profile): Promise<string> {
  if (profile.idServer === null) {
    throw new DeskIdError(
      'invalid_request',
      `"${profile.displayName}" is not linked to an ID-server account. Add the profile with --server URL --username NAME.`,
    );
  }
  const { url, username } = profile.idServer;
  // First, so that an address DeskID will not use (plain http off loopback) is refused before the password is asked.
  const client = createIdServerClient({ baseUrl: url });
  const fromStdin = context.line.passwordStdin;
  const password = await context.secrets.read(`password of ${username} at ${url}`, {
    fromStdin,
    flag: '--password-stdin',
  });
  return fetchRecoveryCodeBySignIn({
    client,
    username,
    password,
    prompt: {
      code: (method, phone) =>
        context.secrets.read(
          method === 'totp'
            ? 'authenticator code'
            : `code sent by text message to ${phone === undefined ? 'your phone' : stripUnsafeCharacters(phone.masked)}`,
          { fromStdin, flag: '--password-stdin' },
        ),
    },
  });
}
