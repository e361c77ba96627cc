import { z } from 'zod';

/** The input of a call that takes nothing. */
export const noInput = z.object({}).strict();

/** The answer of a call that only succeeds or fails. */
export const done = z.object({ done: z.literal(true) }).strict();
