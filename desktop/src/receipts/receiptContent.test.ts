import { describe, expect, it } from 'vitest';
import { nextSteps, printedAt, statusLink } from './receiptContent';

describe('receipt content', () => {
  it('links the public status page with the receipt number (the only identifier allowed in a URL)', () => {
    expect(statusLink('https://keliling.example.id/', 'SKCK-7K3D-000-1AX')).toBe(
      'https://keliling.example.id/status?r=SKCK-7K3D-000-1AX',
    );
  });

  it('tells a resident without a NIK to use the access code', () => {
    expect(nextSteps('complaints', { accessCode: 'ABCD-EFGH' }).at(-1)).toContain('ABCD-EFGH');
    expect(nextSteps('crowd_permit_requests', { issuingLevel: 'polsek' })[0]).toContain('Polsek');
  });

  it('prints the service day in WIB', () => {
    expect(printedAt('2026-11-28T03:00:00.000Z')).toMatch(/28 November 2026.*10[.:]00 WIB/);
  });
});
