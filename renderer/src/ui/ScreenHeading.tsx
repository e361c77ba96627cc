import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's or step's `h1`. It takes focus when it appears, so that keyboard and
 * screen-reader users start at the new step instead of the button that led there.
 */
export function ScreenHeading({ id, children }: { id: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 id={id} tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}
