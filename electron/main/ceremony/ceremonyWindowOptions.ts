import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The ceremony window: small, titled, in its own session partition, sandboxed with
 * context isolation and its own preload (which exposes only `finish(result)`). No Node,
 * no devtools, no spellcheck, nothing dropped on it navigates.
 */
export function ceremonyWindowOptions({
  partition,
  preload,
  title,
}: {
  partition: string;
  preload: string;
  title: string;
}): BrowserWindowConstructorOptions {
  return {
    width: 480,
    height: 360,
    show: true,
    title,
    autoHideMenuBar: true,
    minimizable: false,
    maximizable: false,
    webPreferences: {
      partition,
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
      spellcheck: false,
    },
  };
}
