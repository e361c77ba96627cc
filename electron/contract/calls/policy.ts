import { z } from 'zod';
import { noInput } from './noInput';

/** One managed setting as it is in force: its value, where it came from, and whether a person may change it. */
export const policySettingSchema = z
  .object({
    /** The setting's name (`allowExport`, `serverUrl`, …), as in the templates and `deskid policy show`. */
    name: z.string(),
    value: z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]),
    /** `policy`: set by the organization (shown locked); `user`: the person's own choice; `default`: built in. */
    origin: z.enum(['default', 'user', 'policy']),
    /** The file or registry key it came from; null for a default. */
    source: z.string().nullable(),
    /** A person may change it themselves when policy does not set it. */
    userMayChange: z.boolean(),
    description: z.string(),
  })
  .strict();

/** A policy value that was ignored, or a source that could not be read. */
export const policyWarningSchema = z
  .object({ name: z.string().nullable(), source: z.string(), reason: z.string() })
  .strict();

/** The settings in force and what was ignored: what the About page and the locked settings show. */
export const effectivePolicySchema = z
  .object({ settings: z.array(policySettingSchema), warnings: z.array(policyWarningSchema) })
  .strict();

/** Machine policy (set by IT through Group Policy, MDM or a policy file). */
export const policyCalls = {
  /** Every managed setting in force, where it came from, and the warnings. */
  'policy.get': { input: noInput, output: effectivePolicySchema },
} as const;
