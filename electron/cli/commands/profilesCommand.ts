import { DeskIdError } from '../../contract/DeskIdError';
import type { Profile } from '../../services/profiles/profileIndexSchema';
import type { CliContext } from '../CliContext';
import { usageError } from '../usage';
import { resetPin, setupPinReset } from './pinResetCommands';

/** `profiles add` without a PIN in shared-desktop mode, with both ways forward. */
function sharedDesktopNeedsPin(): DeskIdError {
  return new DeskIdError(
    'invalid_pin',
    'This computer is in shared-desktop mode, so every profile needs a PIN. Give one with --pin (asked at a prompt) or --pin-stdin (one line of standard input). If only one person uses this OS login, switch the mode off with: deskid settings set shared-desktop off',
    { pinRequired: true },
  );
}

/**
 * `deskid profiles set-pin NAME`: gives a profile without a PIN its first one (also in
 * shared-desktop mode, where it does not open otherwise), or changes the PIN after asking
 * for the current one. With --pin-stdin: the current PIN (if any), then the new one.
 */
async function setPin(context: CliContext, profile: Profile): Promise<void> {
  const { profiles, secrets, line } = context;
  const vault = await profiles.openVault(profile.id);
  const { hasPin, pinResettable } = vault.info();
  try {
    if (hasPin) {
      const pin = await secrets.read(`PIN for ${profile.displayName}`, {
        fromStdin: line.pinStdin,
        flag: '--pin-stdin',
      });
      await vault.unlock({ pin });
    }
    const newPin = await secrets.readNew(`new PIN for ${profile.displayName}`, {
      fromStdin: line.pinStdin,
      flag: '--pin-stdin',
    });
    await (hasPin ? profiles.setPin(vault, newPin) : profiles.setFirstPin(vault, newPin));
  } finally {
    vault.lock();
  }
  context.print({ profile: profile.id, hasPin: true, pinResettable: false }, [
    hasPin
      ? `The PIN of "${profile.displayName}" is changed.`
      : `"${profile.displayName}" now has a PIN: it is asked each time the profile is opened.`,
    ...(pinResettable
      ? [`Set up the PIN reset again for the new PIN: deskid profiles setup-pin-reset "${profile.displayName}"`]
      : []),
  ]);
}

/** `deskid profiles list|add NAME|remove NAME|set-pin NAME|setup-pin-reset NAME|reset-pin NAME`. */
export async function profilesCommand(context: CliContext, [action, name]: string[]): Promise<void> {
  const { profiles, line } = context;
  switch (action) {
    case 'list': {
      const list = await profiles.list();
      const rows = await Promise.all(
        list.map(async (profile) => {
          const { hasPin, needsPin } = await profiles.health(profile.id);
          return { ...profile, hasPin, needsPin };
        }),
      );
      context.print(
        rows,
        rows.length === 0
          ? 'No profiles yet. Add one with: deskid profiles add NAME'
          : rows.map(
              (row) =>
                `${row.displayName}${row.hasPin ? '  (PIN)' : ''}${row.needsPin ? `  (no PIN: set one with deskid profiles set-pin "${row.displayName}")` : ''}${row.idServer === null ? '' : `  ${row.idServer.username} at ${row.idServer.url}`}`,
            ),
      );
      return;
    }
    case 'add': {
      if (name === undefined) throw usageError('profiles add needs a NAME.');
      const asked = line.pin || line.pinStdin;
      if (!asked && context.io.stdin.isTTY !== true && (await profiles.pinRequired())) throw sharedDesktopNeedsPin();
      const wantsPin = asked || (await profiles.pinRequired());
      const pin = wantsPin
        ? await context.secrets.readNew(`new PIN for ${name}`, { fromStdin: line.pinStdin, flag: '--pin-stdin' })
        : undefined;
      if ((line.server === undefined) !== (line.username === undefined)) {
        throw usageError('--server and --username go together: the ID-server account this profile belongs to.');
      }
      const { profile, vault } = await profiles.add({
        displayName: name,
        ...(pin === undefined ? {} : { pin }),
        ...(line.server === undefined || line.username === undefined
          ? {}
          : { idServer: { url: line.server, username: line.username } }),
      });
      vault.lock();
      context.print(profile, `Added profile "${profile.displayName}"${pin === undefined ? '' : ' with a PIN'}.`);
      return;
    }
    case 'remove': {
      if (name === undefined) throw usageError('profiles remove needs a NAME.');
      const profile = await profiles.find(name);
      if (!line.yes) {
        throw new DeskIdError(
          'invalid_request',
          `Removing "${profile.displayName}" erases its vault and keychain items for good. Run it again with --yes to confirm.`,
        );
      }
      await profiles.remove(profile.id);
      context.print({ removed: profile.id }, `Removed profile "${profile.displayName}" and erased its vault.`);
      return;
    }
    case 'set-pin': {
      if (name === undefined) throw usageError('profiles set-pin needs a NAME.');
      await setPin(context, await profiles.find(name));
      return;
    }
    case 'setup-pin-reset':
    case 'reset-pin': {
      if (name === undefined) throw usageError(`profiles ${action} needs a NAME.`);
      const profile = await profiles.find(name);
      await (action === 'reset-pin' ? resetPin(context, profile) : setupPinReset(context, profile));
      return;
    }
    default:
      throw usageError(`Unknown profiles action "${action ?? ''}".`);
  }
}
