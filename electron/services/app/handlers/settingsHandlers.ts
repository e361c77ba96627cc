import type { CallHandlers } from '../../../contract/dispatcher';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `settings.${string}`>>;

/**
 * The `settings.*` calls over the user settings file (`SettingsFile`). A new auto-lock
 * time applies from the next activity, which the update itself is; the desktop shell
 * hears every change.
 */
export function settingsHandlers({ settings, context }: HostState): Handlers {
  return {
    'settings.get': () => settings.read(),
    'settings.update': async (change) => {
      const next = await settings.update(change);
      // The desktop shell follows (the global shortcut is registered or removed).
      context.desktop?.settingsChanged(next);
      return next;
    },
  };
}
