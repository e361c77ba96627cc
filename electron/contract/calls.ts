import type { z } from 'zod';
import { addingCalls } from './calls/adding';
import { appCalls } from './calls/app';
import { bodyLimits, defaultMaxBodyBytes } from './calls/bodyLimits';
import { codesCalls } from './calls/codes';
import { desktopCalls } from './calls/desktop';
import { enrollmentCalls } from './calls/enrollment';
import { exportingCalls } from './calls/exporting';
import { importingCalls } from './calls/importing';
import { manageCalls } from './calls/manage';
import { passkeyCeremonyCalls } from './calls/passkeyCeremony';
import { policyCalls } from './calls/policy';
import { profilesCalls } from './calls/profiles';
import { settingsCalls } from './calls/settings';
import { signInCalls } from './calls/signIn';

/**
 * Every call the renderer can make, with its input and output schema, grouped by feature
 * (`calls/<feature>.ts`, names `<feature>.<verb>`). This object is the single source: the
 * Electron preload, the browser-host client and both host-side registrations are
 * generated from it, and a call without a handler fails to compile.
 */
export const calls = {
  ...appCalls,
  ...signInCalls,
  ...enrollmentCalls,
  ...manageCalls,
  ...profilesCalls,
  ...codesCalls,
  ...addingCalls,
  ...importingCalls,
  ...exportingCalls,
  ...settingsCalls,
  ...policyCalls,
  ...passkeyCeremonyCalls,
  ...desktopCalls,
} as const satisfies Record<string, CallSpec>;

export interface CallSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  /**
   * The largest request body the browser host reads for this call: its largest valid
   * input as JSON, with little room (`calls/bodyLimits.ts`). Left out: `bodyLimits.short`
   * (1 KiB), for no input or a few short fields. `bodyLimits.test.ts` checks every call.
   */
  readonly maxBodyBytes?: number;
}

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;

/** The features of the contract: the part of each call name before the dot. */
export type FeatureName = CallName extends `${infer F}.${string}` ? F : never;

/** The body limit of a call: its spec's `maxBodyBytes`, or `bodyLimits.short` (1 KiB). */
export function maxBodyBytesOf(name: CallName): number {
  const spec: CallSpec = calls[name];
  return spec.maxBodyBytes ?? bodyLimits.short;
}

export { defaultMaxBodyBytes };

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}
