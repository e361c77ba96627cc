/** What a vault entry id may be: 1-200 of `A-Z a-z 0-9 _ . : -`, opaque (never a label). */
export const entryIdPattern = /^[A-Za-z0-9_.:-]{1,200}$/;

/** True when `id` may name a vault entry (see {@link entryIdPattern}). */
export function isEntryId(id: string): boolean {
  return entryIdPattern.test(id);
}
