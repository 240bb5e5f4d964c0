import { app, session, type Session } from 'electron';
import { APP_SCHEME } from '../../common/security/csp';

// Deny-by-default for everything the renderer could reach: no permission is ever granted, no
// request leaves for anything but app:// (the CMS publish runs in main, not here), no new
// windows, no navigation, no webviews.

export function isAllowedRendererUrl(url: string, devOrigin: string | null): boolean {
  if (url.startsWith(`${APP_SCHEME}://`) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools://')) return true;
  if (devOrigin) {
    try {
      const parsed = new URL(url);
      const devUrl = new URL(devOrigin);
      return parsed.host === devUrl.host && ['http:', 'ws:'].includes(parsed.protocol);
    } catch {
      return false;
    }
  }
  return false;
}

export function hardenSession(ses: Session, devOrigin: string | null): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRendererUrl(details.url, devOrigin) });
  });
  // Hunspell dictionaries are downloaded from Google on Linux; point that at nothing.
  ses.setSpellCheckerDictionaryDownloadURL('https://127.0.0.1:9/');
  if (process.platform === 'linux') ses.setSpellCheckerEnabled(false);
}

export function guardAllWebContents(devOrigin: string | null): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedRendererUrl(url, devOrigin) || !url.startsWith(devOrigin ?? `${APP_SCHEME}://`)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame) event.preventDefault();
    });
  });
}

export function hardenDefaultSession(devOrigin: string | null): void {
  hardenSession(session.defaultSession, devOrigin);
}
