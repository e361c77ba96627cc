import { DeskIdError } from '../../contract/DeskIdError';
import type { Factor } from '../../../protocol';
import type { Account } from '../authenticator/accountSchema';
import { parseOtpauthUri } from '../authenticator/parseOtpauthUri';
import { parseServerUrl } from '../idserver/parseServerUrl';
import type { Profile } from '../profiles/profileIndexSchema';
import type { OpenProfile } from './UnlockedProfiles';

/*
 * How DeskID, as the authenticator on this computer, ties a vault account to an ID-server
 * account (one rule, here):
 * - the profile is linked to the ID-server account: `ProfileStore.linkIdServer` with the
 *   server's address and the username (a profile is one person, so one link);
 * - its vault holds a TOTP account made from the server's own otpauth URI, whose label
 *   is that username (`otpauth://totp/<issuer>:<username>`). When several match (the
 *   person set DeskID up here twice), the newest is used: it is the one verified last.
 * `enrollment.addAuthenticatorHere` creates both; nothing else is stored.
 */

/** The profile linked to `username` at `serverUrl` (it may be locked), if any: the newest link wins. */
export function linkedProfileOf(
  profiles: readonly Profile[],
  serverUrl: string,
  username: string | undefined,
): Profile | undefined {
  if (username === undefined || serverUrl === '') return undefined;
  const server = parseServerUrl(serverUrl);
  const wanted = username.toLowerCase();
  return profiles
    .filter((profile) => profile.idServer?.url === server && profile.idServer.username.toLowerCase() === wanted)
    .at(-1);
}

/** The vault account that makes codes for `username` at `serverUrl` in the open profile, if any. */
export async function findThisComputerAccount(
  open: OpenProfile | undefined,
  serverUrl: string,
  username: string | undefined,
): Promise<Account | undefined> {
  const link = open?.profile.idServer;
  if (open === undefined || link == null || username === undefined || serverUrl === '') return undefined;
  const wanted = username.toLowerCase();
  if (link.url !== parseServerUrl(serverUrl) || link.username.toLowerCase() !== wanted) return undefined;
  const matches = (await open.book.list()).filter(
    (account) => account.type === 'totp' && account.label.toLowerCase() === wanted,
  );
  return matches.at(-1);
}

/**
 * The account's current code for a sign-in. The server never accepts a time step's code
 * twice: when this computer already used the current one, the answer is
 * `code_already_used` with the seconds until the next (`retryAfter`), in words.
 */
export async function codeForSignIn(open: OpenProfile, account: Account, now: number): Promise<string> {
  const { code, alreadyUsed, secondsLeft } = await open.book.copyCode(account, now);
  if (alreadyUsed) {
    const wait = secondsLeft ?? 30;
    throw new DeskIdError(
      'code_already_used',
      `This computer's authenticator code for this moment was already used. A new one comes in ${wait} seconds: try again then.`,
      { retryAfter: wait },
    );
  }
  return code;
}

/**
 * Keeps a new authenticator's secret in the open profile's vault (issuer and label from
 * the server's otpauth URI) and proves it with a code made here (`verify` sends it).
 * When the proof fails, the vault entry is removed again: nothing half-done is left.
 */
export async function storeAuthenticatorHere({
  open,
  otpauthUri,
  verify,
  now,
}: {
  open: OpenProfile;
  otpauthUri: string;
  verify: (code: string) => Promise<Factor>;
  now: number;
}): Promise<Factor> {
  const { added } = await open.book.add([parseOtpauthUri(otpauthUri)], 'id_server');
  const [stored] = added;
  if (stored === undefined) {
    throw new DeskIdError('duplicate_account', 'This profile already holds this authenticator.');
  }
  try {
    const { code } = await open.book.copyCode(stored, now);
    return await verify(code);
  } catch (error) {
    await open.book.remove(stored.id).catch(() => undefined);
    throw error;
  }
}
