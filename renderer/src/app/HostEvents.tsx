import { useEffect } from 'react';
import { useNavigate } from './router';
import { useBridge } from '../bridge/BridgeContext';
import { clearQueries } from '../data/queryCache';
import { clearClipboardNow } from '../ui/clearClipboardLater';

/**
 * What the host tells every page, acted on once for the whole app:
 * - `app.locked` (idle, OS lock, switch person, Lock all): every answer held in the
 *   renderer is dropped and the people list shows, so the next person never sees the last
 *   one's screen, and a code or secret the page itself copied (browser host) is taken off
 *   the clipboard now if it is still there;
 * - `app.openCodes` (the desktop app's global shortcut, off by default): the codes show,
 *   that is the people list, or the open person's codes.
 */
export function HostEvents() {
  const bridge = useBridge();
  const navigate = useNavigate();
  useEffect(() => {
    const stopLocked = bridge.on('app.locked', () => {
      clearQueries();
      void clearClipboardNow();
      void navigate('/codes');
    });
    const stopOpenCodes = bridge.on('app.openCodes', () => void navigate('/codes'));
    return () => {
      stopLocked();
      stopOpenCodes();
    };
  }, [bridge, navigate]);
  return null;
}
