import type { EventPayload } from '../../../contract/events';
import type { AppContext } from '../AppContext';
import { createProfileStore } from '../createProfileStore';
import { IdServerSession } from '../../session/IdServerSession';
import { UnlockedProfiles } from '../../session/UnlockedProfiles';
import { settingsUnderPolicy } from '../../policy/settingsUnderPolicy';
import type { SettingsFile } from '../../settings/SettingsFile';
import { IdleLock, type IdleTimers } from './IdleLock';
import { ImportPreviews } from './ImportPreviews';

/** Why the host locks: what `app.locked` tells the pages, or a sign-out (which tells none). */
export type LockReason = EventPayload<'app.locked'>['reason'] | 'sign_out';

/** Run on every lock, before `app.locked` is told: forgets or closes what the person left open. */
export type LockListener = (reason: LockReason) => void;

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
   * How many locks this host has had. An operation that awaits (a key derivation, a
   * network round trip) reads it first and must not leave anything open if it changed.
   */
  readonly lockEpoch: number;
  /**
   * Locks every profile, forgets the ID-server session, previews and shown codes, runs
   * every {@link onLock} listener, and tells every page (`app.locked` with `reason`, and
   * `signedOut` when it ended a sign-in to the ID server).
   * Every lock goes through here: Lock all, switch person, idle, the OS lock and sign-out.
   * A sign-out tells no page: the page that signed out clears itself and goes to the
   * start, and a late event would wipe the next sign-in it has already begun.
   */
  lockAll(reason: LockReason): Promise<void>;
  /**
   * Adds a listener run on every lock (a PIN-reset sign-in, the clipboard, a ceremony
   * window). A listener that throws does not stop the lock. Answers how to remove it.
   */
  onLock(listener: LockListener): () => void;
  /**
   * Adds a check of something open that a lock closes, besides a profile and a sign-in to
   * the ID server (a PIN-reset sign-in). While anything is open, activity restarts the
   * idle lock's count; while nothing is (after any lock), activity arms nothing.
   */
  holdsOpen(check: () => boolean): void;
}

/** Options of {@link createHostState}. */
export interface HostStateOptions {
  /** The clock for authenticator codes and previews; `Date.now` unless a test moves time by hand. */
  now?: () => number;
  /** The idle lock's timers; Node's unless a test moves them by hand. */
  timers?: IdleTimers;
}

/**
 * The state of one host process. On every lock the desktop's secret clipboard (if any) is
 * cleared at once when it still holds a secret DeskID put there.
 */
export function createHostState(context: AppContext, { now = Date.now, timers }: HostStateOptions = {}): HostState {
  const store = createProfileStore({
    dataDir: context.dataDir,
    keychain: context.keychain,
    policy: context.policy,
    now,
  });
  const settings = settingsUnderPolicy(context.dataDir, context.policy);
  const listeners = new Set<LockListener>();
  const openChecks = new Set<() => boolean>();
  let lockEpoch = 0;
  const state: HostState = {
    context,
    session: new IdServerSession({ server: context.idServer }),
    profiles: new UnlockedProfiles(store, context.keychain),
    settings,
    previews: new ImportPreviews(now),
    hotpShown: new Map(),
    idle: new IdleLock({
      minutes: async () => (await settings.read()).autoLockMinutes,
      anythingOpen: () =>
        state.profiles.open !== undefined ||
        state.session.signedIn ||
        state.session.openStep !== undefined ||
        [...openChecks].some((check) => check()),
      onIdle: () => state.lockAll('idle'),
      ...(timers === undefined ? {} : { timers }),
    }),
    now,
    get lockEpoch() {
      return lockEpoch;
    },
    async lockAll(reason) {
      lockEpoch += 1;
      const signedIn = state.session.signedIn || state.session.openStep !== undefined;
      state.profiles.lockAll();
      state.previews.clear();
      state.hotpShown.clear();
      state.idle.stop();
      for (const listener of listeners) runListener(listener, reason);
      if (reason !== 'sign_out') context.emit('app.locked', { reason, ...(signedIn ? { signedOut: true } : {}) });
      // The next person signs in to their own ID account.
      await state.session.signOut();
    },
    onLock(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    holdsOpen(check) {
      openChecks.add(check);
    },
  };
  const clipboard = context.desktop?.clipboard;
  if (clipboard !== undefined) state.onLock(() => void clipboard.clearNow());
  return state;
}

/** Runs one lock listener; its failure must not leave the rest of the lock undone. */
function runListener(listener: LockListener, reason: LockReason): void {
  try {
    listener(reason);
  } catch {
    // Each listener only forgets or closes; the lock itself already happened.
  }
}
