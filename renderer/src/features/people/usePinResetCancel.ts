import { useCallback, useEffect, useRef } from 'react';
import { useBridge } from '../../bridge/BridgeContext';

/**
 * Cancelling a PIN reset (or its set-up): the host forgets the sign-in and the recovery
 * code it got (`profiles.resetPinCancel`). Answers the cancel for a Cancel button; it also
 * runs when the screen is left while `open` (a step of the sign-in is on screen), so that
 * leaving never keeps the recovery code in host memory until its expiry.
 */
export function usePinResetCancel(open: boolean): () => void {
  const bridge = useBridge();
  const cancel = useCallback(() => {
    void bridge.profiles.resetPinCancel({}).catch(() => undefined);
  }, [bridge]);
  const openNow = useRef(open);
  useEffect(() => {
    openNow.current = open;
  }, [open]);
  useEffect(
    () => () => {
      if (openNow.current) cancel();
    },
    [cancel],
  );
  return cancel;
}
