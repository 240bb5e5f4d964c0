import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../common/api/bridge';
import { channelFor } from '../common/api/method-names';

// Exposes one named function per contract method and nothing else: no ipcRenderer, no
// generic invoke, no event listeners.
contextBridge.exposeInMainWorld(
  'shieldnote',
  buildBridge((method, input) => ipcRenderer.invoke(channelFor(method), input)),
);
