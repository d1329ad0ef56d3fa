import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  cspHeader,
  decideMediaPermission,
  decidePermission,
  isAllowedNavigation,
  mimeTypeFor,
  resolveAppPath,
} from './security.js';

describe('isAllowedNavigation', () => {
  it('allows pages of the app itself', () => {
    expect(isAllowedNavigation(appEntryUrl)).toBe(true);
    expect(isAllowedNavigation('app://keliling/records?x=1#top')).toBe(true);
  });

  it('refuses everything outside the app', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://user:pw@keliling/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});

describe('cspHeader', () => {
  it('allows scripts only from the app and forbids plugins, framing and inline code', () => {
    const csp = cspHeader();
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('permissions', () => {
  it('allows the camera for the app and nothing else', () => {
    expect(decidePermission('media', appEntryUrl).allow).toBe(true);
    expect(decidePermission('geolocation', appEntryUrl).allow).toBe(false);
    expect(decidePermission('notifications', appEntryUrl).allow).toBe(false);
    expect(decidePermission('media', 'https://evil.example/').allow).toBe(false);
  });

  it('allows video but not the microphone', () => {
    expect(decideMediaPermission(['video'], appEntryUrl).allow).toBe(true);
    expect(decideMediaPermission(['audio'], appEntryUrl).allow).toBe(false);
    expect(decideMediaPermission(['video', 'audio'], appEntryUrl).allow).toBe(false);
    expect(decideMediaPermission([], appEntryUrl).allow).toBe(false);
  });
});

describe('resolveAppPath', () => {
  it('serves files of the web root and index.html for routes', () => {
    expect(resolveAppPath('app://keliling/')).toBe('index.html');
    expect(resolveAppPath('app://keliling/assets/index-abc.js')).toBe('assets/index-abc.js');
    expect(resolveAppPath('app://keliling/records')).toBe('index.html');
  });

  it('refuses paths that leave the root and foreign hosts', () => {
    expect(resolveAppPath('app://keliling/..%2f..%2fetc/passwd')).toBeNull();
    // The URL parser folds encoded dot segments at the root: the path stays inside the web root.
    expect(resolveAppPath('app://keliling/assets/%2e%2e/%2e%2e/secret.txt')).toBe('secret.txt');
    expect(resolveAppPath('app://keliling/a%5c..%5cb.js')).toBeNull();
    expect(resolveAppPath('app://elsewhere/index.html')).toBeNull();
  });

  it('knows the content types of the build', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('assets/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
