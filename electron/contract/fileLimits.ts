// The largest file each upload call takes, once decoded. Kept apart from the calls'
// schemas so the renderer can tell a person before sending, without loading zod.

/** The largest image the adding screen sends: a screenshot of a large screen. */
export const maxImageBytes = 8 * 1024 * 1024;
/** The largest export file the import screen sends: exports are small text files. */
export const maxImportFileBytes = 4 * 1024 * 1024;
/** The largest backup the restore screen sends. */
export const maxBackupFileBytes = 4 * 1024 * 1024;
