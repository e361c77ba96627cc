import type { AccountStatus, RecoveryCodeShown } from '../../../contract/accountStatus';
import { DeskIdError } from '../../../contract/DeskIdError';
import { recoveryCodeGroups } from '../../../../protocol/recoveryCodeFormat';
import type { HeldRecoveryCode, IdServerSession } from '../../session/IdServerSession';

/** Keeps the code in the session (to show and save again) and answers it in groups of four. */
export function showRecoveryCode(session: IdServerSession, code: HeldRecoveryCode): RecoveryCodeShown {
  session.holdRecoveryCode({ code: code.code, issuedAt: code.issuedAt });
  return { groups: recoveryCodeGroups(code.code), issuedAt: code.issuedAt };
}

/** `POST /me/recovery-code`: a new code; any earlier one stops working. */
export async function issueRecoveryCode(session: IdServerSession): Promise<RecoveryCodeShown> {
  const issued = await session.withToken((token) => session.client.issueRecoveryCode({ token }));
  return showRecoveryCode(session, issued);
}

/** `GET /me/recovery-code`: the current code again (a fresh `full` session, or the `enroll` session that issued it). */
export async function downloadRecoveryCode(session: IdServerSession): Promise<RecoveryCodeShown> {
  const current = await session.withToken((token) => session.client.getRecoveryCode({ token }));
  return showRecoveryCode(session, current);
}

/**
 * The wizard's recovery code: the issued one, read back from the server when this
 * session may (the `enroll` session that issued it, or a fresh `full` one), or the one
 * this session holds while the server still shows it as current; else a new one while
 * none is confirmed (an earlier session issued it and it cannot be read back here). A
 * confirmed code is never replaced from the wizard: that is the manage page's job.
 */
export async function wizardRecoveryCode(
  session: IdServerSession,
  { status, issuedAt }: AccountStatus['recoveryCode'],
): Promise<RecoveryCodeShown> {
  if (status === 'confirmed') {
    throw new DeskIdError(
      'forbidden_scope',
      'Your recovery code is already saved and confirmed. To see it again or get a new one, use the manage page.',
    );
  }
  if (status === 'issued') {
    try {
      return await downloadRecoveryCode(session);
    } catch (error) {
      if (!(error instanceof DeskIdError)) throw error;
      const held = session.heldRecoveryCode;
      // Not fresh any more: the code this session showed, while it is still the current one.
      if (error.code === 'step_up_required' && held !== undefined && held.issuedAt === issuedAt)
        return showRecoveryCode(session, held);
      // Another enroll session issued it and this one cannot read it back: a new one.
      if (error.code !== 'forbidden_scope') throw error;
    }
  }
  return issueRecoveryCode(session);
}
