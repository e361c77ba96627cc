import { z } from 'zod';
import { noInput } from './noInput';

/** The settings a person changes on the settings screen, with their ranges. */
export const editableSettingsSchema = z
  .object({
    /** Minutes without activity before every profile locks. */
    autoLockMinutes: z.number().int().min(1).max(480),
    /** Seconds before a copied code is cleared from the clipboard. */
    clipboardClearSeconds: z.number().int().min(1).max(600),
    theme: z.enum(['system', 'light', 'dark', 'high_contrast']),
    language: z.enum(['en', 'es', 'system']),
    /** Codes show only once clicked (`codes.reveal`). */
    hideCodesUntilClicked: z.boolean(),
    /** A system-wide keyboard shortcut brings up the codes (desktop app only; off by default). */
    openCodesShortcut: z.boolean(),
  })
  .strict();

/** The settings in force: the editable ones and those set by IT (CLI or, later, policy). */
export const settingsViewSchema = editableSettingsSchema
  .extend({
    /** Every profile must have a PIN (several people share this OS login). */
    sharedDesktopMode: z.boolean(),
    /** Encrypted backups may be made. */
    exportAllowed: z.boolean(),
  })
  .strict();

/** The user settings of this computer's DeskID. */
export const settingsCalls = {
  'settings.get': { input: noInput, output: settingsViewSchema },
  /** Changes some settings; answers all of them. Shared-desktop mode and exports are not set here. */
  'settings.update': { input: editableSettingsSchema.partial(), output: settingsViewSchema },
} as const;
