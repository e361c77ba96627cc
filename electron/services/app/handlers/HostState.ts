import type { AppContext } from '../AppContext';
import { createProfileStore } from '../createProfileStore';
import { IdServerSession } from '../../session/IdServerSession';
import { UnlockedProfiles } from '../../session/UnlockedProfiles';

/**
 * What the handlers share in one host process: the context, the one ID-server session
 * and the profile open on this computer.
 */
export interface HostState {
  context: AppContext;
  session: IdServerSession;
  profiles: UnlockedProfiles;
  /** The clock (ms since the epoch) authenticator codes are made with. */
  now: () => number;
}

/** Options of {@link createHostState}. */
export interface HostStateOptions {
  /** The clock for authenticator codes; `Date.now` unless a test moves time by hand. */
  now?: () => number;
}

export function createHostState(context: AppContext, { now = Date.now }: HostStateOptions = {}): HostState {
  const store = createProfileStore({ dataDir: context.dataDir, keychain: context.keychain });
  return {
    context,
    session: new IdServerSession({ server: context.idServer }),
    profiles: new UnlockedProfiles(store, context.keychain),
    now,
  };
}
