import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '../server.js';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';
import { openReadOnly } from './db-checks.js';
import { isIntendedRejection, readStatusWrites } from './verify.js';

type RejectionRow = { change: string; reason: string; author: string; created_at: string };

/**
 * The race behind HQ's `forbidden_transition` rejections in the large chaos run: HQ verifies a submitted
 * application, a second device still showing the draft submits it again after that (a newer HLC) and reaches the
 * server first, so HQ's verify loses last-writer-wins on `status` (stored `stale`, the record stays `submitted`),
 * and the approve HQ then makes from its own view is refused.
 */
describe('chaos verification: HQ approving on a verify that lost to a newer status write', () => {
  let server: TestServer;
  let deviceA: string;
  let deviceB: string;
  let hq: string;
  let hqAuthor: string;
  beforeAll(async () => {
    server = await startTestServer();
    deviceA = (await server.enroll('unit-1', 'Laptop A')).token;
    deviceB = (await server.enroll('unit-1', 'Laptop B')).token;
    hq = await server.login('hq');
  });
  afterAll(() => server.stop());

  const push = async (token: string, changes: Change[]) =>
    (await server.call('/api/v1/sync/push', { token, body: { changes } })).body.results as {
      status: string;
      reason?: { code: string; field?: string };
    }[];
  const statusChange = (entityId: string, at: number, status: string, node: string): Change => ({
    id: `s-${crypto.randomUUID()}`,
    entity: 'sim_applications',
    entityId,
    hlc: hlcAt(at, node),
    fields: { status },
  });
  const hqNode = 'bbbbbbbbbbbbbbbb';

  const classify = () => {
    const db = openReadOnly(databasePath(server.dir));
    try {
      const writes = readStatusWrites(db, 'sim_applications');
      const rows = db
        .prepare("SELECT change, reason, author, created_at FROM rejections WHERE author LIKE 'user:%'")
        .all() as RejectionRow[];
      hqAuthor = rows[0]?.author ?? '';
      return rows.map((row) => {
        const change = JSON.parse(row.change) as Change;
        return {
          status: change.fields.status,
          intended: isIntendedRejection(
            row.author,
            change,
            JSON.parse(row.reason),
            row.created_at,
            writes.get(change.entityId) ?? [],
          ),
        };
      });
    } finally {
      db.close();
    }
  };

  it('reproduces the refusal and counts exactly that race as intended', async () => {
    const t0 = Date.now() - 60_000;
    const created = simCreate('unit-1', { hlc: hlcAt(t0, 'aaaaaaaaaaaaaaaa'), fields: { status: 'draft' } });
    const id = created.entityId;
    expect((await push(deviceA, [created]))[0]!.status).toBe('applied');
    // Device A submits; HQ pulls it and verifies (held in HQ's outbox: its pushes are failing).
    expect((await push(deviceA, [statusChange(id, t0 + 1_000, 'submitted', 'aaaaaaaaaaaaaaaa')]))[0]!.status).toBe(
      'applied',
    );
    const verify = statusChange(id, t0 + 3_000, 'verified', hqNode);
    const approve = statusChange(id, t0 + 5_000, 'approved', hqNode);
    // Device B, still showing the draft, submits it after HQ verified, and its push arrives first.
    expect((await push(deviceB, [statusChange(id, t0 + 4_000, 'submitted', 'cccccccccccccccc')]))[0]!.status).toBe(
      'applied',
    );
    const results = await push(hq, [verify, approve]);
    expect(results.map((r) => r.status)).toEqual(['stale', 'rejected']);
    expect(results[1]!.reason).toMatchObject({ code: 'forbidden_transition', field: 'status' });
    // HQ's verify is not hidden: it is the losing side of a listed conflict on `status`, for HQ to restore.
    const listed = (await server.call('/api/v1/conflicts?status=open', { token: hq })).body.conflicts as {
      entityId: string;
      field: string;
      winner: { value: unknown };
      loser: { value: unknown };
    }[];
    expect(listed.filter((c) => c.entityId === id)).toMatchObject([
      { field: 'status', winner: { value: 'submitted' }, loser: { value: 'verified' } },
    ]);
    expect(classify()).toEqual([{ status: 'approved', intended: true }]);
  });

  it('does not excuse an HQ approve whose verify was never superseded, nor any refused verify', async () => {
    const t0 = Date.now() - 30_000;
    const submitted = simCreate('unit-1', { hlc: hlcAt(t0, 'aaaaaaaaaaaaaaaa'), fields: { status: 'submitted' } });
    expect((await push(deviceA, [submitted]))[0]!.status).toBe('applied');
    // Approve straight from submitted (no verify of HQ's behind it): a real client bug, never intended.
    const skipped = statusChange(submitted.entityId, t0 + 1_000, 'approved', hqNode);
    // Verify of a draft HQ never saw submitted: not the race either.
    const draft = simCreate('unit-1', { hlc: hlcAt(t0, 'aaaaaaaaaaaaaaaa'), fields: { status: 'draft' } });
    expect((await push(deviceA, [draft]))[0]!.status).toBe('applied');
    const early = statusChange(draft.entityId, t0 + 1_000, 'verified', hqNode);
    const results = await push(hq, [skipped, early]);
    expect(results.map((r) => r.reason?.code)).toEqual(['forbidden_transition', 'forbidden_transition']);
    const verdicts = classify();
    expect(verdicts).toContainEqual({ status: 'approved', intended: false });
    expect(verdicts).toContainEqual({ status: 'verified', intended: false });
    expect(verdicts.filter((v) => v.intended)).toHaveLength(1); // the first test's race only
    // The same refused approve from a device is no HQ race (devices may not approve at all).
    expect(
      isIntendedRejection('device:x', skipped, { code: 'forbidden_transition', field: 'status' }, '9999', []),
    ).toBe(false);
    expect(hqAuthor.startsWith('user:')).toBe(true);
  });
});
