import type { CallHandlers } from '../../../contract/dispatcher';
import { toMethod } from '../../session/toMethod';
import type { HostState } from './HostState';
import { downloadRecoveryCode, issueRecoveryCode } from './recoveryCodes';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `manage.${string}`>>;

/**
 * The `manage.*` calls (a `full` session). `step_up_required`, `last_method` and
 * `forbidden_scope` come from the server with its own words; `signIn.stepUp` makes the
 * session fresh again.
 */
export function manageHandlers(state: HostState): Handlers {
  const { session } = state;
  return {
    'manage.renameMethod': async ({ factorId, label }) =>
      toMethod(
        await session.withToken((token) =>
          session.client.renameFactor({ token, params: { id: factorId }, body: { label } }),
        ),
      ),
    'manage.removeMethod': async ({ factorId }) => {
      await session.withToken((token) => session.client.deleteFactor({ token, params: { id: factorId } }));
      return { done: true };
    },
    'manage.showRecoveryCode': () => downloadRecoveryCode(session),
    'manage.issueRecoveryCode': () => issueRecoveryCode(session),
  };
}
