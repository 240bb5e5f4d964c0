import { protocol } from 'electron';
import { APP_SCHEME } from '../../common/security/csp';
import { serveAppFile } from '../security/app-files';

// The UI is served from app://shieldnote/ rather than file://, so it has a real origin the IPC
// layer can check, and a CSP header on every response. Any other app:// host gets a 404
// (serveAppFile checks it: main/security/app-files.ts).

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRendererFrom(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = await serveAppFile(rendererDir, request.url);
    return new Response(Buffer.from(file.body), { status: file.status, headers: file.headers });
  });
}
