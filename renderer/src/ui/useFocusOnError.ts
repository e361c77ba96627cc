import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Moves focus when a form's action fails: to `target(error)`, the field the failure is
 * about (else the form's button). While the action ran its button was disabled, and a
 * disabled or removed control drops focus to the page's `<body>`, where keyboard and
 * screen-reader users would have to start again. Runs after the render that shows the
 * failure, once each new error.
 */
export function useFocusOnError(error: unknown, target: (error: unknown) => HTMLElement | null | undefined): void {
  const latest = useRef(target);
  useLayoutEffect(() => {
    latest.current = target;
  });
  useEffect(() => {
    if (error !== undefined && error !== null) latest.current(error)?.focus();
  }, [error]);
}
