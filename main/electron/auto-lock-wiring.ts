import { app, globalShortcut, powerMonitor, type BrowserWindow } from 'electron';
import type { ShieldnoteService } from '../service/shieldnote-service';
import type { SafetyOptions } from '../features/vault-safety';

// Thin wiring from the OS to the service's auto-lock: input reaching the window is the activity
// that postpones the idle lock (main sees it here; the renderer cannot fake it); system suspend
// and screen lock lock the vault; the panic shortcut works from any app while a vault is unlocked (registered only then,
// so it does not take the key combination from other apps the rest of the time). Global
// shortcuts need no permission on Windows, macOS or X11; where registration fails (Wayland, or
// another app holds the keys), the same keys still lock from inside Shieldnote.

export const PANIC_ACCELERATOR = 'CommandOrControl+Shift+L';

/** Service options that apply screen-capture protection and the panic shortcut to the window. */
export function safetyHooks(window: () => BrowserWindow | null, service: () => ShieldnoteService | null): SafetyOptions {
  return {
    onContentProtection: (on) => window()?.setContentProtection(on),
    onSessionChange: (unlocked) => {
      if (!unlocked) {
        globalShortcut.unregister(PANIC_ACCELERATOR);
        return;
      }
      if (!globalShortcut.isRegistered(PANIC_ACCELERATOR)) {
        globalShortcut.register(PANIC_ACCELERATOR, () => service()?.requestLock('panic'));
      }
    },
  };
}

/** Keys (before-input-event) and mouse, wheel and touch (input-event) delivered to the window. */
export function wireInputActivity(window: BrowserWindow, service: ShieldnoteService): void {
  const seen = () => service.noteUserInput();
  window.webContents.on('before-input-event', seen);
  window.webContents.on('input-event', seen);
}

export function wirePowerLock(service: ShieldnoteService): void {
  powerMonitor.on('suspend', () => service.requestLock('suspend'));
  powerMonitor.on('lock-screen', () => service.requestLock('screen-lock'));
  app.on('will-quit', () => globalShortcut.unregisterAll());
}
