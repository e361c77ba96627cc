import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { RawBridge } from '../contract/bridge';
import { ipcChannels } from '../contract/ipcChannels';

/**
 * Exposes `window.deskid`: the raw bridge, two functions and nothing else. The renderer
 * never sees `ipcRenderer` itself.
 */
const bridge: RawBridge = {
  call: (name, input) => ipcRenderer.invoke(ipcChannels.call, name, input),
  on(name, listener) {
    const handler = (_event: IpcRendererEvent, message: { name: string; payload: unknown }) => {
      if (message.name === name) listener(message.payload);
    };
    ipcRenderer.on(ipcChannels.event, handler);
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, handler);
    };
  },
};

contextBridge.exposeInMainWorld('deskid', bridge);
