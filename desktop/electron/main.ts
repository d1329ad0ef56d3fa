import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import { ipcChannels, versionArgumentPrefix } from './ipc.js';
import { createKeychain } from './keychain.js';
import {
  appEntryUrl,
  appScheme,
  cspHeader,
  decideMediaPermission,
  decidePermission,
  isAllowedNavigation,
  mimeTypeFor,
  resolveAppPath,
} from './security.js';
import { initialBounds, parseWindowState, serializeWindowState, type WindowState } from './window-state.js';

// dist-electron/electron/main.js → desktop/
const desktopRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const webRoot = join(desktopRoot, 'dist');
const preloadPath = join(desktopRoot, 'dist-electron', 'electron', 'preload.cjs');

// Must run before `ready`: app:// behaves like https (secure context, fetch, IndexedDB, CORS to the server).
protocol.registerSchemesAsPrivileged([
  {
    scheme: appScheme,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
  },
]);

async function serveApp(request: Request): Promise<Response> {
  const relative = resolveAppPath(request.url);
  if (relative === null) return new Response('Not found', { status: 404 });
  const file = resolve(webRoot, relative);
  if (!file.startsWith(webRoot + sep)) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(file),
        'content-security-policy': cspHeader(),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const url = details.requestingUrl || webContents.getURL();
    if (permission === 'media') {
      const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
      callback(decideMediaPermission(mediaTypes, url).allow);
      return;
    }
    callback(decidePermission(permission, url).allow);
  });
  ses.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => {
    return decidePermission(permission, requestingOrigin).allow;
  });
}

function windowStatePath(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function readWindowState(): WindowState {
  let text: string | null = null;
  try {
    text = readFileSync(windowStatePath(), 'utf8');
  } catch {
    text = null;
  }
  return initialBounds(
    parseWindowState(text),
    screen.getAllDisplays().map((display) => display.workArea),
  );
}

function keepWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileSync(windowStatePath(), serializeWindowState(state));
    } catch {
      // Best effort: the next start opens at the default size.
    }
  });
}

function createWindow(): BrowserWindow {
  const state = readWindowState();
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 800,
    minHeight: 600,
    title: 'Keliling',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      additionalArguments: [`${versionArgumentPrefix}${app.getVersion()}`],
    },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  keepWindowState(window);

  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to public https pages (e.g. a regulation) open in the system browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });

  void window.loadURL(appEntryUrl);
  return window;
}

app.enableSandbox();

void app.whenReady().then(() => {
  protocol.handle(appScheme, serveApp);
  lockDownSession();
  ipcMain.handle(ipcChannels.printToPDF, async (event) => {
    if (!isAllowedNavigation(event.senderFrame?.url ?? '')) throw new Error('forbidden');
    const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
    return new Uint8Array(pdf);
  });
  const keychain = createKeychain(safeStorage, process.platform);
  ipcMain.handle(ipcChannels.keychainProtect, (event, data: unknown) => {
    if (!isAllowedNavigation(event.senderFrame?.url ?? '')) throw new Error('forbidden');
    return keychain.protect(data);
  });
  ipcMain.handle(ipcChannels.keychainUnprotect, (event, data: unknown) => {
    if (!isAllowedNavigation(event.senderFrame?.url ?? '')) throw new Error('forbidden');
    return keychain.unprotect(data);
  });
  // Lid closed, sleep, or the OS screen lock: every window's app locks (the renderer forgets its data key).
  const lockAll = () => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(ipcChannels.lockRequest);
  };
  powerMonitor.on('suspend', lockAll);
  powerMonitor.on('lock-screen', lockAll);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
