// The largest file each upload call takes, once decoded, and the backup passphrase's
// shortest length. Kept apart from the calls' schemas so the renderer can tell a person
// before sending, without loading zod (calls/adding.ts, importing.ts and exporting.ts
// export them again beside their calls).

/**
 * The largest picture with a QR code DeskID takes, by the Add screen (`adding.fromImage`,
 * a file or a screen grab) or the Import screen (`importing.preview`): one limit for both,
 * since the same picture (a Google Authenticator export QR code) may be sent by either. A
 * phone photo or a screenshot of a large screen is a few MB; the browser host's own screen
 * grab is scaled to at most 1920 pixels a side first (renderer/src/platform/grabScreenFrame.ts).
 */
export const maxImageBytes = 8 * 1024 * 1024;
/**
 * The largest file the Import screen sends. Exports of other apps are small text files,
 * but a Google Authenticator export comes as QR pictures, read by the same call: so the
 * picture limit, {@link maxImageBytes}.
 */
export const maxImportFileBytes = maxImageBytes;
/** The largest backup the restore screen sends. */
export const maxBackupFileBytes = 4 * 1024 * 1024;

/**
 * The shortest backup passphrase, in characters as a person sees them (graphemes): the
 * host refuses a shorter one with `weak_password` (services/backup/exportBackup.ts) and the
 * Export screen says so before sending (renderer/src/features/exporting/passphraseRule.ts).
 */
export const minPassphraseLength = 10;
