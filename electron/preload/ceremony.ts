import { contextBridge, ipcRenderer } from 'electron';
import { ceremonyGlobal, ceremonyResultChannel, type CeremonyPageApi } from '../contract/ceremonyPage';

/**
 * The passkey ceremony window's preload: exposes one function, `finish(result)`, that
 * hands the page's result to the main process, and nothing else (no bridge, no events,
 * no `ipcRenderer`). The main process checks what it receives.
 */
const api: CeremonyPageApi = {
  finish: (result) => ipcRenderer.send(ceremonyResultChannel, result),
};

contextBridge.exposeInMainWorld(ceremonyGlobal, api);
