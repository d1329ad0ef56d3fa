import { demoSeed } from '@keliling/fixtures';
import type { Page } from 'playwright-core';

/** The first demo officer of unit-sleman-1 and the PIN the demo server seeded a verifier for. */
export const demoOfficer = (() => {
  const officer = demoSeed.officers.find((o) => o.unitId === 'unit-sleman-1');
  if (!officer) throw new Error('no demo officer for unit-sleman-1');
  return officer;
})();

/** Signs in on the lock screen (desktop/E2E.md) and waits for the working screens. */
export async function signInAsOfficer(
  page: Page,
  pin: string = demoOfficer.pin,
  officerId: string = demoOfficer.id,
): Promise<void> {
  await page.getByTestId('signin-pin').waitFor({ timeout: 30_000 });
  await page.getByTestId('signin-officer').selectOption(officerId);
  await page.getByTestId('signin-pin').fill(pin);
  await page.getByTestId('signin-submit').click();
  // The PIN check is deliberately slow (scrypt, 64 MiB): allow for a slow machine.
  await page.getByTestId('signed-in-officer').waitFor({ timeout: 30_000 });
}
