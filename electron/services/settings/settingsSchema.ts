import { z } from 'zod';

/**
 * `<data dir>/settings.json`, version 1: the settings of one OS user, until machine
 * policy arrives (see docs/user-guide.md). Unknown keys are refused.
 */
export const settingsFileSchema = z
  .object({
    format: z.literal('deskid-settings'),
    version: z.literal(1),
    /** Every profile must have a PIN. Several people share this OS login. */
    sharedDesktopMode: z.boolean(),
  })
  .strict();

/** The settings DeskID acts on. */
export type Settings = Omit<z.infer<typeof settingsFileSchema>, 'format' | 'version'>;

/** Settings when the file does not exist: the strict choice for a shared desktop. */
export const defaultSettings: Settings = { sharedDesktopMode: true };
