import { z } from 'zod';
import { appInfoSchema } from './appInfo';

const noInput = z.object({}).strict();

/**
 * Every call the renderer can make, with its input and output schema. This object is the
 * single source: the Electron preload, the browser-host client and both host-side
 * registrations are generated from it. Later features add their calls here.
 */
export const calls = {
  'app.info': { input: noInput, output: appInfoSchema },
} as const satisfies Record<string, CallSpec>;

export interface CallSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
}

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}
