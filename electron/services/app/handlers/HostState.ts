import type { EventPayload } from '../../../contract/events';
import type { AppContext } from '../AppContext';
import { createProfileStore } from '../createProfileStore';
import { IdServerSession } from '../../session/IdServerSession';
import { UnlockedProfiles } from '../../session/UnlockedProfiles';
import { settingsUnderPolicy } from '../../policy/settingsUnderPolicy';
import type { SettingsFile } from '../../settings/SettingsFile';
import { IdleLock, type IdleTimers } from './IdleLock';
import { ImportPreviews } from './ImportPreviews';

/** Why everything locked, as the `app.locked` event says. */
export type LockReason = EventPayload<'app.locked'>['reason'];

/**
 * What the handlers share in one host process: the context, the one ID-server session,
 * the profile open on this computer, the settings, held import previews and HOTP codes
 * shown, and the idle lock.
 */
export interface HostState {
  context: AppContext;
  session: IdServerSession;
  profiles: UnlockedProfiles;
  settings: SettingsFile;
  previews: ImportPreviews;
  /** The last code "next code" showed for each HOTP account, until lock. */
  hotpShown: Map<string, string>;
  idle: IdleLock;
  /** The clock (ms since the epoch) authenticator codes are made with. */
  now: () => number;
  /**
   * Locks every profile, forgets the ID-server session, previews and shown codes, and
   * tells every page (`app.locked` with `reason`).
   */
  lockAll(reason: LockReason): Promise<void>;
}

/** Options of {@link createHostState}. */
export interface HostStateOptions {
  /** The clock for authenticator codes and previews; `Date.now` unless a test moves time by hand. */
  now?: () => number;
  /** The idle lock's timers; Node's unless a test moves them by hand. */
  timers?: IdleTimers;
}

export function createHostState(context: AppContext, { now = Date.now, timers }: HostStateOptions = {}): HostState {
  const store = createProfileStore({ dataDir: context.dataDir, keychain: context.keychain, policy: context.policy });
  const settings = settingsUnderPolicy(context.dataDir, context.policy);
  const state: HostState = {
    context,
    session: new IdServerSession({ server: context.idServer }),
    profiles: new UnlockedProfiles(store, context.keychain),
    settings,
    previews: new ImportPreviews(now),
    hotpShown: new Map(),
    idle: new IdleLock({
      minutes: async () => (await settings.read()).autoLockMinutes,
      onIdle: () => state.lockAll('idle'),
      ...(timers === undefined ? {} : { timers }),
    }),
    now,
    async lockAll(reason) {
      state.profiles.lockAll();
      state.previews.clear();
      state.hotpShown.clear();
      state.idle.stop();
      context.emit('app.locked', { reason });
      // The next person signs in to their own ID account.
      await state.session.signOut();
    },
  };
  return state;
}
