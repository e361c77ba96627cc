import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus once the next render is on screen: call `focusAfterRender(ref)` with the
 * state change that removes the control that has focus, naming the element that takes
 * its place (focus would otherwise fall to the page's body).
 */
export function useFocusAfterRender(): (target: RefObject<HTMLElement | null>) => void {
  const pending = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    const element = pending.current?.current;
    if (element === null || element === undefined) return;
    pending.current = null;
    element.focus();
  });
  return useCallback((target: RefObject<HTMLElement | null>) => {
    pending.current = target;
  }, []);
}
