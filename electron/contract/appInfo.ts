import { z } from 'zod';

export const hostKindSchema = z.enum(['electron', 'browser']);

/** What the shell shows about the running app: `app.info`. */
export const appInfoSchema = z
  .object({
    name: z.literal('DeskID'),
    version: z.string(),
    platform: z.enum(['win32', 'darwin', 'linux', 'other']),
    hostKind: hostKindSchema,
    dataDir: z.string(),
    keychain: z
      .object({
        reachable: z.boolean(),
        /** Which OS store answered, e.g. "Secret Service". */
        backend: z.string(),
        /** When unreachable: a sentence saying what to do. */
        problem: z.string().optional(),
      })
      .strict(),
  })
  .strict();

export type AppInfo = z.infer<typeof appInfoSchema>;
export type HostKind = z.infer<typeof hostKindSchema>;
