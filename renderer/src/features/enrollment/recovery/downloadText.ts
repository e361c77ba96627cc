/**
 * Offers `text` as a plain-text download named `fileName` (the browser host's way of
 * saving a file): a Blob behind an object URL, clicked through a temporary `<a download>`,
 * and the URL revoked once the browser has taken it.
 */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the click; revoking on the next turn keeps it alive until then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
