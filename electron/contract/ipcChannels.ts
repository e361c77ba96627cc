/** The IPC channel names, written once for main and preload. Import-free on purpose: the sandboxed preload bundles it. */
export const ipcChannels = {
  call: 'deskid:call',
  event: 'deskid:event',
} as const;
