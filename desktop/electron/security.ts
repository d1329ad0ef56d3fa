/**
 * The Electron shell's security decisions as pure functions, so they are unit-tested without the Electron binary.
 * The renderer lives at `app://keliling/`; it may talk to the sync server over the network but may never navigate
 * away from the app or open other windows.
 */
export const appScheme = 'app';
export const appHost = 'keliling';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** True only for URLs inside the app itself; everything else (http, file, other hosts) is refused. */
export function isAllowedNavigation(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === ''
  );
}

/**
 * Content-Security-Policy for every response of the app protocol. Scripts and styles come only from the app;
 * network calls may reach the sync server (any https origin, or a server on this machine during development).
 */
export function cspHeader(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Permissions the app may use: the camera (photos of documents), and nothing else. */
export type PermissionDecision = { allow: boolean };

export function decidePermission(permission: string, requestingUrl: string): PermissionDecision {
  if (!isAllowedNavigation(requestingUrl)) return { allow: false };
  return { allow: permission === 'media' || permission === 'camera' };
}

/** For `media` requests Electron names the kinds asked for; only video (the camera) is allowed, not the microphone. */
export function decideMediaPermission(
  mediaTypes: readonly string[] | undefined,
  requestingUrl: string,
): PermissionDecision {
  if (!isAllowedNavigation(requestingUrl)) return { allow: false };
  const types = mediaTypes ?? [];
  return { allow: types.length > 0 && types.every((type) => type === 'video') };
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  const dot = path.lastIndexOf('.');
  const extension = dot >= 0 ? path.slice(dot).toLowerCase() : '';
  return mimeTypes[extension] ?? 'application/octet-stream';
}

/**
 * Maps an `app://keliling/...` request to a file path relative to the web root, or null when the request is not for
 * the app or tries to leave the root. Paths without an extension are client-side routes: they get index.html.
 */
export function resolveAppPath(url: string): string | null {
  if (!isAllowedNavigation(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  if (segments.length === 0) return 'index.html';
  const last = segments[segments.length - 1] ?? '';
  if (!last.includes('.')) return 'index.html';
  return segments.join('/');
}
