import { z } from 'zod';
import { methodSchema, recoveryCodeShownSchema } from '../accountStatus';
import { done, noInput } from './noInput';

const factorId = z.string().min(1).max(64);

/** The manage page: a `full` session. Removing and the recovery code need a fresh one (`signIn.stepUp`). */
export const manageCalls = {
  'manage.renameMethod': {
    input: z.object({ factorId, label: z.string().trim().min(1).max(64) }).strict(),
    output: methodSchema,
  },
  /** `step_up_required` when the session is not fresh; `last_method` for the only method. */
  'manage.removeMethod': { input: z.object({ factorId }).strict(), output: done },
  /** The current recovery code again (needs a fresh session). */
  'manage.showRecoveryCode': { input: noInput, output: recoveryCodeShownSchema },
  /** A new recovery code; the old one stops working at once (needs a fresh session). */
  'manage.issueRecoveryCode': { input: noInput, output: recoveryCodeShownSchema },
} as const;
