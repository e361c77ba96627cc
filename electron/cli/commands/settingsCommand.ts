import type { CliContext } from '../CliContext';
import { describeWord } from '../describeWord';
import { usageError } from '../usage';

/** `deskid settings list` and `deskid settings set shared-desktop on|off`. */
export async function settingsCommand(context: CliContext, [action, name, value]: string[]): Promise<void> {
  const settings = await context.settings();
  switch (action) {
    case 'list': {
      const current = await settings.read();
      context.print(current, `shared-desktop  ${current.sharedDesktopMode ? 'on' : 'off'}`);
      return;
    }
    case 'set': {
      if (name !== 'shared-desktop')
        throw usageError(`Unknown setting ${describeWord(name ?? '')}. Settings: shared-desktop.`);
      if (value !== 'on' && value !== 'off') throw usageError('shared-desktop is on or off.');
      const next = await settings.update({ sharedDesktopMode: value === 'on' });
      context.print(
        next,
        next.sharedDesktopMode
          ? 'Shared-desktop mode is on: every profile needs a PIN (one without opens only to set it: deskid profiles set-pin NAME).'
          : 'Shared-desktop mode is off: profiles may be added without a PIN. Anyone using this OS login can open those.',
      );
      return;
    }
    default:
      throw usageError(`Unknown settings action ${describeWord(action ?? '')}. Actions: list, set.`);
  }
}
