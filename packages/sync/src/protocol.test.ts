import { describe, expect, it } from 'vitest';
import { changeSchema, idSchema } from './change.js';
import { newUlid } from './id.js';
import {
  apiErrorBodySchema,
  defaultLimits,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  recordViewSchema,
} from './protocol.js';

const change = {
  id: '01JDQ8Z6XK3M4N5P6Q7R8S9T0V',
  entity: 'sim_applications',
  entityId: 'rec_1',
  hlc: '2026-11-28T02:43:00.123Z-0001-9f3a6c2e1b7d4a05',
  fields: { fullName: 'Budi', phone: null },
};

describe('wire schemas', () => {
  it('accept the contract examples', () => {
    expect(changeSchema.parse({ ...change, deleted: true, by: 'officer-7', baseHlc: change.hlc })).toMatchObject(
      change,
    );
    expect(pushRequestSchema.safeParse({ changes: [change] }).success).toBe(true);
    expect(
      pushResponseSchema.safeParse({
        results: [
          { id: 'a', status: 'applied' },
          {
            id: 'b',
            status: 'duplicate',
            original: { status: 'rejected', reason: { code: 'invalid_nik', message: 'x', field: 'nik' } },
          },
          { id: 'c', status: 'rejected', reason: { code: 'clock_skew', message: 'x' } },
        ],
        serverTime: '2026-11-28T02:43:00.123Z',
      }).success,
    ).toBe(true);
    expect(
      pullResponseSchema.safeParse({ changes: [change], cursor: 'abc', hasMore: false, serverTime: 'x' }).success,
    ).toBe(true);
    expect(
      apiErrorBodySchema.safeParse({
        error: {
          code: 'invalid_request',
          message: 'm',
          details: [{ path: 'changes.0.id', code: 'invalid', message: 'm' }],
        },
      }).success,
    ).toBe(true);
    expect(
      recordViewSchema.safeParse({ id: 'r1', entity: 'sim_applications', fields: {}, deleted: false, updatedAt: 'x' })
        .success,
    ).toBe(true);
  });

  it('refuse malformed ids, HLCs and statuses', () => {
    expect(idSchema.safeParse('').success).toBe(false);
    expect(idSchema.safeParse('a'.repeat(65)).success).toBe(false);
    expect(idSchema.safeParse('has space').success).toBe(false);
    expect(changeSchema.safeParse({ ...change, hlc: '2026-11-28T02:43:00Z' }).success).toBe(false);
    expect(changeSchema.safeParse({ ...change, fields: [] }).success).toBe(false);
    expect(pushResponseSchema.safeParse({ results: [{ id: 'a', status: 'ok' }], serverTime: 'x' }).success).toBe(false);
  });

  it('defaultLimits are the contract minimums', () => {
    expect(defaultLimits).toEqual({
      maxBatchChanges: 1000,
      maxBatchBytes: 4 * 1024 * 1024,
      maxPullLimit: 1000,
      maxClockSkewMs: 300000,
    });
  });

  it('newUlid makes valid, time-ordered ids', () => {
    const a = newUlid({ now: () => 1000 });
    const b = newUlid({ now: () => 2000 });
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(idSchema.safeParse(a).success).toBe(true);
    expect(a < b).toBe(true);
  });
});
