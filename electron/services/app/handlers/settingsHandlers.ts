import type { CallHandlers } from '../../../contract/dispatcher';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `settings.${string}`>>;

/**
 * The `settings.*` calls over the user settings file (`SettingsFile`). A new auto-lock
 * time applies from the next activity, which the update itself is.
 */
export function settingsHandlers({ settings }: HostState): Handlers {
  return {
    'settings.get': () => settings.read(),
    'settings.update': (change) => settings.update(change),
  };
}
