import { z } from 'zod';

/** Every user setting with its range; the single definition the file and the bridge follow. */
const settingsShape = {
  /** Every profile must have a PIN. Several people share this OS login. */
  sharedDesktopMode: z.boolean(),
  /** Minutes without activity before every profile locks. */
  autoLockMinutes: z.number().int().min(1).max(480),
  /** Seconds before a copied code is cleared from the clipboard. */
  clipboardClearSeconds: z.number().int().min(1).max(600),
  theme: z.enum(['system', 'light', 'dark', 'high_contrast']),
  language: z.enum(['en', 'es', 'system']),
  /** Codes show only once clicked. */
  hideCodesUntilClicked: z.boolean(),
  /** Encrypted backups may be made (machine policy takes this over later). */
  exportAllowed: z.boolean(),
  /** A system-wide keyboard shortcut brings up the codes (Electron). Off unless the person turns it on. */
  openCodesShortcut: z.boolean(),
};

/**
 * `<data dir>/settings.json`: the settings of one OS user, until machine policy arrives
 * (see docs/user-guide.md). Version 2 added every key but `sharedDesktopMode`
 * (`openCodesShortcut` came later in version 2, optional like the rest); a version 1
 * file (or a key left out) reads with the defaults for what it lacks. Unknown keys are refused.
 */
export const settingsFileSchema = z
  .object({
    format: z.literal('deskid-settings'),
    version: z.union([z.literal(1), z.literal(2)]),
    ...settingsShape,
  })
  .partial({
    autoLockMinutes: true,
    clipboardClearSeconds: true,
    theme: true,
    language: true,
    hideCodesUntilClicked: true,
    exportAllowed: true,
    openCodesShortcut: true,
  })
  .strict();

/** The version {@link SettingsFile} writes. */
export const settingsFileVersion = 2;

/** The settings DeskID acts on. */
export type Settings = { [K in keyof typeof settingsShape]: z.infer<(typeof settingsShape)[K]> };

/** Settings when the file does not exist (or lacks a key): the strict choice for a shared desktop. */
export const defaultSettings: Settings = {
  sharedDesktopMode: true,
  autoLockMinutes: 5,
  clipboardClearSeconds: 30,
  theme: 'system',
  language: 'system',
  hideCodesUntilClicked: false,
  exportAllowed: true,
  openCodesShortcut: false,
};
