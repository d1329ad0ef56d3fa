import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollFieldDevice, signInStaff } from './flows.js';
import { findChromium, launchChromium, type RunningServer, screenshotPath, startServer } from './harness.js';

// Issue 5 and 6 proof: an axe-core scan of every screen (WCAG 2.1 A and AA rules) finds no serious or critical
// violation. The screens are found by walking the navigation, so a screen added later is scanned without editing this.
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

/** Clicks every navigation item in turn and scans the screen it opens. Returns the screens visited. */
async function scanEveryNavScreen(page: Page, prefix: string, findings: Finding[]): Promise<string[]> {
  const navIds = await page
    .locator('[data-testid^="nav-"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? ''));
  const visited: string[] = [];
  for (const navId of [...new Set(navIds)]) {
    await page.getByTestId(navId).first().click();
    await page.waitForTimeout(300);
    const screen = `${prefix}-${navId.replace(/^nav-/, '')}`;
    findings.push(...(await scan(page, screen)));
    visited.push(screen);
  }
  return visited;
}

describe.skipIf(!chromiumPath)('accessibility (axe-core) of every screen', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium(chromiumPath ?? '');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reports a known violation (the scan itself works)', async () => {
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
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      locale: 'id-ID',
      ...contextOptions,
    });
    const page = await context.newPage();
    const findings: Finding[] = [];
    await page.goto(server.url);
    await page.getByTestId('start-enroll').waitFor();
    findings.push(...(await scan(page, 'start')));
    await page.getByTestId('start-enroll').click();
    await page.getByTestId('enroll-code').waitFor();
    findings.push(...(await scan(page, 'enroll')));
    await page.goto(server.url);
    await page.getByTestId('start-staff').click();
    await page.getByTestId('staff-username').waitFor();
    findings.push(...(await scan(page, 'staff-login')));
    await page.goto(`${server.url}/status`);
    await page.locator('main').first().waitFor();
    findings.push(...(await scan(page, 'status')));
    await context.close();
    expect(findings).toEqual([]);
  });

  it('has no serious or critical violations on the field app screens, the lock screen included', async () => {
    const { context, page } = await enrollFieldDevice(browser, server, { contextOptions });
    const findings: Finding[] = [];
    const visited = await scanEveryNavScreen(page, 'field', findings);
    expect(visited.length).toBeGreaterThanOrEqual(3);
    await page.getByTestId('sign-out').click();
    const confirm = page.getByTestId('signout-confirm');
    if (await confirm.isVisible()) await confirm.click();
    await page.getByTestId('signin-pin').waitFor();
    findings.push(...(await scan(page, 'field-lock')));
    await context.close();
    expect(findings).toEqual([]);
  });

  it.each(['koordinator', 'hq'])('has no serious or critical violations on the screens of %s', async (user) => {
    const { context, page } = await signInStaff(browser, server, user, contextOptions);
    const findings: Finding[] = [];
    const visited = await scanEveryNavScreen(page, user, findings);
    expect(visited.length).toBeGreaterThanOrEqual(1);
    await context.close();
    expect(findings).toEqual([]);
  });
});
