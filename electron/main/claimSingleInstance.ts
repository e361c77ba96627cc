import type { App } from 'electron';

/**
 * One DeskID per OS session: the first launch holds the lock, and a second one hands it
 * its launch (`second-instance`), which brings the first one's window forward. Answers
 * false in the second launch, which then quits.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  bringForward: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => bringForward());
  return true;
}

/** What bringing a window forward needs of it. */
export interface ForwardWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Restores, shows and focuses a window (the first launch's, or the one the tray opens). */
export function bringToFront(window: ForwardWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
