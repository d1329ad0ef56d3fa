import { applyChange, type Change, materialize, type RecordState, recordKey } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDevice, type TestDevice } from '../testing/device.js';
import { startTestServer, type TestServer } from '../testing/harness.js';

/** The state a full replay of the history gives: every change of unit-1's scope, in server order, merged. */
function fullReplay(server: TestServer): Map<string, Record<string, unknown>> {
  const states = new Map<string, RecordState>();
  let afterSeq = 0;
  for (;;) {
    const page = server.store.pullChanges({ afterSeq, limit: 1000, scope: { all: false, unitIds: ['unit-1'] } });
    for (const c of page.changes) {
      const key = recordKey(c.entity, c.entityId);
      states.set(key, applyChange(states.get(key), c).state);
    }
    afterSeq = page.lastSeq;
    if (!page.hasMore) break;
  }
  const sims = new Map<string, Record<string, unknown>>();
  for (const state of states.values())
    if (state.entity === 'sim_applications') sims.set(state.entityId, materialize(state).fields);
  return sims;
}

describe('compacted pulls for fresh devices', () => {
  let server: TestServer;
  let writer: TestDevice;
  const ids: string[] = [];
  let historyLength = 0;

  beforeAll(async () => {
    server = await startTestServer();
    writer = createTestDevice({ baseUrl: server.url, enrolled: await server.enroll('unit-1') });
    for (let r = 0; r < 20; r++) ids.push(await writer.createSim('unit-1', { fullName: `Warga ${r}` }));
    for (let round = 0; round < 10; round++) {
      for (const id of ids)
        await writer.edit(id, round % 2 ? { fullName: `Nama ${round}` } : { address: `Jl. ${round}` });
    }
    const report = await writer.engine.syncOnce();
    expect(report.pushed.applied).toBe(220);
    historyLength = 220;
  });
  afterAll(() => server.stop());

  it('serves a fresh device only the surviving values, and it ends with the state of a full replay', async () => {
    const fresh = createTestDevice({ baseUrl: server.url, enrolled: await server.enroll('unit-1') });
    const report = await fresh.engine.syncOnce();
    expect(report.ok).toBe(true);
    // Per record: what is left of its creation, its last address and its last name; plus the three units.
    expect(report.pulled).toBe(20 * 3 + 3);
    expect(report.pulled).toBeLessThan(historyLength / 3);
    expect(await fresh.sims()).toEqual(fullReplay(server));
    expect(await fresh.sims()).toEqual(await writer.sims());
  });

  it('keeps original change ids and HLCs, and stays exact when records change between pages', async () => {
    const token = (await server.enroll('unit-1')).token;
    const pulled: Change[] = [];
    let since: string | undefined;
    let page = 0;
    for (;;) {
      const query = new URLSearchParams({ limit: '7', ...(since ? { since } : {}) });
      const res = await server.call(`/api/v1/sync/pull?${query}`, { token });
      expect(res.status).toBe(200);
      expect(res.body.changes.length).toBeLessThanOrEqual(7);
      pulled.push(...res.body.changes);
      since = res.body.cursor;
      // Midway, records already sent (and not yet sent) change.
      if (page++ === 2) {
        await writer.edit(ids[0]!, { fullName: 'Diubah saat ditarik' });
        await writer.edit(ids[19]!, { address: 'Juga diubah' });
        await writer.engine.syncOnce();
      }
      if (!res.body.hasMore) break;
    }
    const states = new Map<string, RecordState>();
    for (const c of pulled)
      states.set(recordKey(c.entity, c.entityId), applyChange(states.get(recordKey(c.entity, c.entityId)), c).state);
    const sims = new Map(
      [...states.values()]
        .filter((s) => s.entity === 'sim_applications')
        .map((s) => [s.entityId, materialize(s).fields]),
    );
    expect(sims).toEqual(fullReplay(server));
    expect(sims.get(ids[0]!)?.fullName).toBe('Diubah saat ditarik');
    // Every pulled change is a real one of the history: same id, same HLC, a subset of its fields.
    const history = new Map(server.store.getHistory('sim_applications', ids[5]!).map((c) => [c.id, c] as const));
    for (const c of pulled.filter((x) => x.entityId === ids[5])) {
      const original = history.get(c.id)!;
      expect(c.hlc).toBe(original.hlc);
      for (const [field, value] of Object.entries(c.fields)) expect(original.fields[field]).toEqual(value);
    }
    // After the snapshot the cursor follows the log: the next edit arrives as itself.
    const edit = await writer.edit(ids[3]!, { address: 'Sesudahnya' });
    await writer.engine.syncOnce();
    const next = await server.call(`/api/v1/sync/pull?since=${since}`, { token });
    expect(next.body.changes).toEqual([edit]);
  });

  it('compacts the history itself: retries are still recognised and old cursors get the compacted state', async () => {
    const oldCursorDevice = createTestDevice({ baseUrl: server.url, enrolled: await server.enroll('unit-1') });
    await oldCursorDevice.engine.syncOnce();
    const firstCreation = server.store.getHistory('sim_applications', ids[7]!)[0]!;

    // New edits after that device's cursor, then compaction of everything.
    await writer.edit(ids[7]!, { fullName: 'Setelah kursor' });
    await writer.engine.syncOnce();
    const expected = fullReplay(server); // replayed from the history before compaction
    const rewritten = server.store.compactHistory(server.store.maxSeq());
    expect(rewritten).toBeGreaterThan(100);
    expect(server.store.compactionHorizon()).toBe(server.store.maxSeq());

    const history = server.store.getHistory('sim_applications', ids[7]!);
    expect(history[0]!.fields.fullName).toBeUndefined(); // superseded value dropped
    expect(history[0]!.fields.nik).toBeDefined(); // surviving value kept under its original change

    // A retry of a change from before compaction is still a duplicate with its first outcome.
    const { status: _s, author: _a, receivedAt: _r, ...original } = firstCreation;
    const retry = await server.call('/api/v1/sync/push', { token: writer.token, body: { changes: [original] } });
    expect(retry.body.results[0]).toEqual({ id: original.id, status: 'duplicate', original: { status: 'applied' } });

    // A device whose cursor lies below the horizon gets state, not the compacted history, and converges.
    const report = await oldCursorDevice.engine.syncOnce();
    expect(report.ok).toBe(true);
    expect(await oldCursorDevice.sims()).toEqual(expected);
    expect((await oldCursorDevice.sims()).get(ids[7]!)?.fullName).toBe('Setelah kursor');
    // And the compacted history itself still replays to the same state.
    expect(fullReplay(server)).toEqual(expected);
  });
});
