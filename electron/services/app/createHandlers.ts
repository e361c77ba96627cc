import type { CallHandlers } from '../../contract/dispatcher';
import type { AppContext } from './AppContext';
import { getAppInfo } from './getAppInfo';
import { addingHandlers } from './handlers/addingHandlers';
import { codesHandlers } from './handlers/codesHandlers';
import { desktopHandlers } from './handlers/desktopHandlers';
import { enrollmentHandlers } from './handlers/enrollmentHandlers';
import { exportingHandlers } from './handlers/exportingHandlers';
import { importingHandlers } from './handlers/importingHandlers';
import { manageHandlers } from './handlers/manageHandlers';
import { profilesHandlers } from './handlers/profilesHandlers';
import { policyHandlers } from './handlers/policyHandlers';
import { settingsHandlers } from './handlers/settingsHandlers';
import { signInHandlers } from './handlers/signInHandlers';
import { passkeyCeremonyHandlers } from '../passkeyCeremony/passkeyCeremonyHandlers';
import { createHostState, type HostStateOptions } from './handlers/HostState';
import { countingActivity } from './handlers/countingActivity';

export type { AppContext } from './AppContext';

/**
 * The implementations of every bridge call, over the services, split by feature like the
 * contract. Both hosts (Electron main and the browser host) register exactly this, so
 * they cannot drift apart, and a call without a handler fails to compile. The handlers
 * share one ID-server session and one open profile per host process (`HostState`); a
 * call a person causes restarts the idle lock (`countingActivity`). `options.now` and
 * `options.timers` let a test move the clock and the idle lock by hand.
 */
export function createHandlers(context: AppContext, options: HostStateOptions = {}): CallHandlers {
  const state = createHostState(context, options);
  return countingActivity(state.idle, {
    'app.info': () => getAppInfo(context),
    'app.activity': () => ({ done: true }),
    ...signInHandlers(state),
    ...enrollmentHandlers(state),
    ...manageHandlers(state),
    ...profilesHandlers(state),
    ...codesHandlers(state),
    ...addingHandlers(state),
    ...importingHandlers(state),
    ...exportingHandlers(state),
    ...settingsHandlers(state),
    ...policyHandlers(state),
    ...passkeyCeremonyHandlers(state),
    ...desktopHandlers(state),
  });
}
