import type { GlobalShortcut } from 'electron';
import type { Settings } from '../services/settings/settingsSchema';

/** The system-wide shortcut that brings up the codes, when the person turns it on. */
export const openCodesAccelerator = 'CommandOrControl+Alt+Shift+D';

/** Options of {@link createOpenCodesShortcut}. */
export interface OpenCodesShortcutOptions {
  /**
   * Machine policy's word on global shortcuts (issue 13's `allowGlobalShortcut`): when it
   * answers false the shortcut is never registered, whatever the person's setting.
   */
  allowedByPolicy?: () => boolean;
}

/**
 * The optional global shortcut: registered only while the `openCodesShortcut` setting is
 * on (off by default) and policy allows it; removed as soon as either says no.
 */
export function createOpenCodesShortcut(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister' | 'isRegistered'>,
  onPress: () => void,
  { allowedByPolicy = () => true }: OpenCodesShortcutOptions = {},
) {
  return {
    /** Registers or removes the shortcut to match the settings; answers whether it is registered now. */
    apply(settings: Pick<Settings, 'openCodesShortcut'>): boolean {
      const wanted = settings.openCodesShortcut && allowedByPolicy();
      const registered = globalShortcut.isRegistered(openCodesAccelerator);
      if (wanted && !registered) return globalShortcut.register(openCodesAccelerator, onPress);
      if (!wanted && registered) globalShortcut.unregister(openCodesAccelerator);
      return wanted && registered;
    },
  };
}
