import type { WebContents } from 'electron';

/**
 * Prints a window's page through the OS print dialog (`webContents.print`); the page's
 * print styles show its printable version (the recovery code's sheet). Answers whether
 * it went to a printer (false when the person cancelled).
 */
export function printWindow(contents: Pick<WebContents, 'print'>): Promise<boolean> {
  return new Promise((resolve) => {
    contents.print({ silent: false, printBackground: false }, (success) => resolve(success));
  });
}
