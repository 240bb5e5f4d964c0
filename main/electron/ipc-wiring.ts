import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, channelFor } from '../../common/api/method-names';
import type { ApiHandler } from '../ipc/api-handler';

/** One ipcMain.handle per contract method; the handler does all checking. */
export function wireIpc(handler: ApiHandler): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      return handler(
        { url: frame?.url ?? '', isMainFrame: frame !== null && frame === event.sender.mainFrame },
        method,
        payload,
      );
    });
  }
}
