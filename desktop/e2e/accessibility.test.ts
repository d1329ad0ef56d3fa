import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enrollFieldDevice, signInStaff } from './flows.js';
import { findChromium, screenshotPath, serverAndBrowser } from './harness.js';
import { signInAsOfficer } from './officerSignIn.js';

// Issue 5 and 6 proof: an axe-core scan of every screen (WCAG 2.1 A and AA rules), in Bahasa Indonesia and in
// English, finds no serious or critical violation. The screens are found by walking the navigation, so a screen added later is scanned without editing this.
const chromiumPath = findChromium();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// The app's CSP forbids inline scripts; the scanner is injected, so these test contexts bypass it.
const contextOptions = { bypassCSP: true };

type Finding = { screen: string; id: string; impact: string; help: string; targets: string[] };

async function scan(page: Page, screen: string): Promise<Finding[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
    }));
  });
  await page.screenshot({ path: screenshotPath(`a11y-${screen}`), fullPage: true });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ screen, ...v }));
}

const languages = ['id', 'en'] as const;
type Language = (typeof languages)[number];
/** Screenshot names: `a11y-<screen>` in Indonesian (the default), `a11y-<screen>-en` in English. */
const named = (screen: string, language: Language) => (language === 'id' ? screen : `${screen}-${language}`);

/** Chooses the language with the switch on the current screen (the choice stays on this browser profile). */
async function chooseLanguage(page: Page, language: Language): Promise<void> {
  const select = page.getByTestId('language-switch').first();
  await select.selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** Clicks every navigation item in turn and scans the screen it opens. Returns the screens visited. */
async function scanEveryNavScreen(
  page: Page,
  prefix: string,
  findings: Finding[],
  language: Language = 'id',
): Promise<string[]> {
  const navIds = await page
    .locator('[data-testid^="nav-"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? ''));
  const visited: string[] = [];
  for (const navId of [...new Set(navIds)]) {
    await page.getByTestId(navId).first().click();
    await page.waitForTimeout(300);
    const screen = named(`${prefix}-${navId.replace(/^nav-/, '')}`, language);
    findings.push(...(await scan(page, screen)));
    visited.push(screen);
  }
  return visited;
}

describe.skipIf(!chromiumPath)('accessibility (axe-core) of every screen', () => {
  const suite = serverAndBrowser(chromiumPath ?? '');

  it('reports a known violation (the scan itself works)', async () => {
    const { browser } = suite;
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="id"><title>x</title><main><img src="x.png"><input></main></html>',
    );
    const findings = await scan(page, 'self-check');
    await context.close();
    expect(findings.map((f) => f.id)).toEqual(expect.arrayContaining(['image-alt', 'label']));
  });

  it('has no serious or critical violations on the screens before sign-in', async () => {
    const { server, browser } = suite;
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      locale: 'id-ID',
      ...contextOptions,
    });
    const page = await context.newPage();
    const findings: Finding[] = [];
    const english: (string | null)[] = [];
    for (const language of languages) {
      await page.goto(server.url);
      await page.getByTestId('start-enroll').waitFor();
      await chooseLanguage(page, language);
      findings.push(...(await scan(page, named('start', language))));
      if (language === 'en') english.push(await page.getByTestId('start-enroll').textContent());
      await page.getByTestId('start-enroll').click();
      await page.getByTestId('enroll-code').waitFor();
      findings.push(...(await scan(page, named('enroll', language))));
      if (language === 'en') english.push(await page.locator('#enroll-title').textContent());
      await page.goto(server.url);
      await page.getByTestId('start-staff').click();
      await page.getByTestId('staff-username').waitFor();
      findings.push(...(await scan(page, named('staff-login', language))));
      if (language === 'en') english.push(await page.locator('#staff-title').textContent());
      await page.goto(`${server.url}/status`);
      await page.getByTestId('status-submit').waitFor();
      findings.push(...(await scan(page, named('status', language))));
      if (language === 'en') english.push(await page.getByTestId('status-submit').textContent());
    }
    await context.close();
    expect(english).toEqual(['Enroll this device', 'Enroll this device', 'Staff sign-in', 'Check status']);
    expect(findings).toEqual([]);
  });

  it('has no serious or critical violations on the field app screens, the lock screen included', async () => {
    const { server, browser } = suite;
    const { context, page } = await enrollFieldDevice(browser, server, { contextOptions });
    const findings: Finding[] = [];
    const visited = await scanEveryNavScreen(page, 'field', findings);
    expect(visited.length).toBeGreaterThanOrEqual(3);
    await page.getByTestId('sign-out').click();
    const confirm = page.getByTestId('signout-confirm');
    if (await confirm.isVisible()) await confirm.click();
    await page.getByTestId('signin-pin').waitFor();
    findings.push(...(await scan(page, 'field-lock')));
    // The same screens in English, switched on the lock screen.
    await chooseLanguage(page, 'en');
    findings.push(...(await scan(page, named('field-lock', 'en'))));
    const lockTitle = await page.locator('#signin-title').textContent();
    await signInAsOfficer(page);
    const visitedInEnglish = await scanEveryNavScreen(page, 'field', findings, 'en');
    const menu = await page.locator('nav.tabs').getAttribute('aria-label');
    await context.close();
    expect(visitedInEnglish).toHaveLength(visited.length);
    expect([lockTitle, menu]).toEqual(['Sign in as an officer', 'Main menu']);
    expect(findings).toEqual([]);
  });

  it.each(['koordinator', 'hq', 'admin'])(
    'has no serious or critical violations on the screens of %s',
    async (user) => {
      const { server, browser } = suite;
      const { context, page } = await signInStaff(browser, server, user, contextOptions);
      const findings: Finding[] = [];
      const visited = await scanEveryNavScreen(page, user, findings);
      expect(visited.length).toBeGreaterThanOrEqual(1);
      const firstTab = page.locator('[data-testid^="nav-"]').first();
      const tabInIndonesian = await firstTab.textContent();
      await chooseLanguage(page, 'en');
      const visitedInEnglish = await scanEveryNavScreen(page, user, findings, 'en');
      const tabInEnglish = await firstTab.textContent();
      await context.close();
      expect(visitedInEnglish).toHaveLength(visited.length);
      expect(tabInEnglish).toBe(user === 'admin' ? 'Users' : 'Route plan');
      expect(tabInEnglish).not.toBe(tabInIndonesian);
      expect(findings).toEqual([]);
    },
  );
});
