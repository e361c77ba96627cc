import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A part of a step that replaces another (for example the code form after "Text me a
 * code"): its `h2` takes focus when it appears, so keyboard and screen-reader users
 * continue from there.
 */
export function SubHeading({ id, children }: { id?: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 id={id} tabIndex={-1} ref={heading}>
      {children}
    </h2>
  );
}
