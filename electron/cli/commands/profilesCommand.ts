import { DeskIdError } from '../../contract/DeskIdError';
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

/** `deskid profiles list|add NAME|remove NAME|setup-pin-reset NAME|reset-pin NAME`. */
export async function profilesCommand(context: CliContext, [action, name]: string[]): Promise<void> {
  const { profiles, line } = context;
  switch (action) {
    case 'list': {
      const list = await profiles.list();
      const rows = await Promise.all(
        list.map(async (profile) => ({ ...profile, hasPin: (await profiles.health(profile.id)).hasPin })),
      );
      context.print(
        rows,
        rows.length === 0
          ? 'No profiles yet. Add one with: deskid profiles add NAME'
          : rows.map(
              (row) =>
                `${row.displayName}${row.hasPin ? '  (PIN)' : ''}${row.idServer === null ? '' : `  ${row.idServer.username} at ${row.idServer.url}`}`,
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
