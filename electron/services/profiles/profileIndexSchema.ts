import { z } from 'zod';

/** The link from a local profile to its ID-server account. */
export const idServerLinkSchema = z.object({ url: z.string().min(1), username: z.string().min(1) }).strict();

/** One local profile as listed in `profiles.json`. */
export const profileSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string().min(1),
    createdAt: z.iso.datetime(),
    idServer: idServerLinkSchema.nullable(),
  })
  .strict();

/** `<data dir>/profiles.json`, version 1. See docs/vault-format.md. */
export const profileIndexSchema = z
  .object({
    format: z.literal('deskid-profiles'),
    version: z.literal(1),
    profiles: z.array(profileSchema),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type IdServerLink = z.infer<typeof idServerLinkSchema>;
export type ProfileIndex = z.infer<typeof profileIndexSchema>;
