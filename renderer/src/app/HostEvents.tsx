import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from './router';
import { useBridge } from '../bridge/BridgeContext';
import type { EventPayload } from '../../../electron/contract/events';
import { clearQueries } from '../data/queryCache';
import {
  currentWizardNotice,
  isSignedOutNotice,
  setWizardNotice,
  type WizardNotice,
} from '../features/enrollment/wizardNotice';
import { clearClipboardNow } from '../ui/clearClipboardLater';

/** The pages that work on the person's ID-server account: the wizard and the manage page. */
const idServerPages: ReadonlySet<string> = new Set(['/', '/manage']);

/**
 * What the host tells every page, acted on once for the whole app:
 * - `app.locked` (idle, OS lock, switch person, Lock all): every answer held in the
 *   renderer is dropped, and a code or secret the page itself copied (browser host) is
 *   taken off the clipboard now if it is still there. The people list shows, so the next
 *   person never sees the last one's screen; but where a lock the person did not ask for
 *   (idle, the computer locking or sleeping) ended their sign-in in the middle of set-up
 *   or on the manage page, the sign-in step shows instead and says why, so they can sign
 *   in again and go on where they were (a later lock that ends nothing more leaves that
 *   said; leaving the sign-in step forgets it);
 * - `app.openCodes` (the desktop app's global shortcut, off by default): the codes show,
 *   that is the people list, or the open person's codes.
 */
export function HostEvents() {
  const bridge = useBridge();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const page = useRef(pathname);
  useEffect(() => {
    page.current = pathname;
    // Why a sign-in ended is said on the sign-in step only: once the page is left (to the
    // people list, where the next person may come), it is not said again to anyone.
    if (pathname !== '/' && isSignedOutNotice(currentWizardNotice())) setWizardNotice(undefined);
  }, [pathname]);
  useEffect(() => {
    const stopLocked = bridge.on('app.locked', (lock) => {
      clearQueries();
      void clearClipboardNow();
      const notice = idServerPages.has(page.current) ? signedOutNotice(lock) : undefined;
      // A later lock (the screen locking after the idle lock, a lid's lock and suspend)
      // ended no sign-in: the sign-in step keeps saying why the first one did.
      if (notice === undefined && page.current === '/' && isSignedOutNotice(currentWizardNotice())) return;
      setWizardNotice(notice);
      void navigate(notice === undefined ? '/codes' : '/');
    });
    const stopOpenCodes = bridge.on('app.openCodes', () => void navigate('/codes'));
    return () => {
      stopLocked();
      stopOpenCodes();
    };
  }, [bridge, navigate]);
  return null;
}

/** What the sign-in step says after a lock that ended a sign-in the person did not end. */
function signedOutNotice({ reason, signedOut }: EventPayload<'app.locked'>): WizardNotice | undefined {
  if (signedOut !== true) return undefined;
  if (reason === 'idle') return 'signedOutIdle';
  if (reason === 'os_lock' || reason === 'suspend') return 'signedOutLocked';
  return undefined;
}
