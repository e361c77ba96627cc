import type { AccountStatus } from '../../contract/accountStatus';
import { accountStatusOf } from './accountStatusOf';
import type { IdServerSession } from './IdServerSession';

/** The held session's account, read now from the ID server (`GET /me` and its policy). */
export async function readAccountStatus(session: IdServerSession): Promise<AccountStatus> {
  const [me, info] = await Promise.all([
    session.withToken((token) => session.client.me({ token })),
    session.client.serverInfo(),
  ]);
  return accountStatusOf(me, info, session.serverUrl);
}
