/**
 * The suggested name of a backup file: `DeskID-backup-<name>-<yyyy-mm-dd>.json`. The name
 * keeps the person's letters as they write them, accents included ("López", "Zoë",
 * "Øyvind", "李"), in their composed form (NFKC: one character for "ó", and full-width
 * or ligature forms as plain letters); any run of other characters (spaces, slashes,
 * signs) becomes one `-`. A name with no letter or digit left becomes `profile`.
 */
export function backupFileName(displayName: string, date: Date): string {
  const name =
    displayName
      .normalize('NFKC')
      .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-')
      .replace(/^[-.]+|[-.]+$/g, '') || 'profile';
  return `DeskID-backup-${name}-${date.toISOString().slice(0, 10)}.json`;
}
