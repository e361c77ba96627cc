/** Local profiles: one per person on a shared OS account, each with its own vault. */
export { ProfileStore, type ProfileHealth, type ProfileStoreOptions } from './ProfileStore';
export type { IdServerLink, Profile } from './profileIndexSchema';
