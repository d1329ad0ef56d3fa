import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open.js';
import { HttpError } from '../http/errors.js';
import { createSyncQueue } from './sync-queue.js';

describe('createSyncQueue', () => {
  it('runs jobs in arrival order, one per event-loop turn, so other work gets in between', async () => {
    const queue = createSyncQueue();
    const seen: string[] = [];
    const jobs = [1, 2, 3].map((n) =>
      queue.run(() => {
        seen.push(`job ${n}`);
        // Something that arrived meanwhile (a health check, say) is served before the next job.
        setImmediate(() => seen.push(`between ${n}`));
        return n * 10;
      }),
    );
    expect(await Promise.all(jobs)).toEqual([10, 20, 30]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['job 1', 'between 1', 'job 2', 'between 2', 'job 3', 'between 3']);
  });

  it('refuses with 429 rate_limited and Retry-After when too many wait', async () => {
    const queue = createSyncQueue({ maxWaiting: 2, retryAfterSeconds: 3 });
    const accepted = [queue.run(() => 'a'), queue.run(() => 'b')];
    const refused = await queue.run(() => 'c').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 429, code: 'rate_limited', headers: { 'Retry-After': '3' } });
    expect(await Promise.all(accepted)).toEqual(['a', 'b']);
    // Room again once the queue drained.
    expect(await queue.run(() => 'd')).toBe('d');
    // Bounded in weight too (the changes waiting pushes hold); one job alone is always taken.
    const heavy = createSyncQueue({ maxWaitingWeight: 100 });
    const big = heavy.run(() => 'big', { weight: 500 });
    await expect(heavy.run(() => 'more', { weight: 1 })).rejects.toMatchObject({ status: 429 });
    expect(await big).toBe('big');
    expect(await heavy.run(() => 'after', { weight: 60 })).toBe('after');
  });

  it('rejects a job that throws and goes on with the next', async () => {
    const queue = createSyncQueue();
    const failing = queue.run(() => {
      throw new Error('boom');
    });
    const next = queue.run(() => 'next');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('next');
    expect(queue.waiting()).toBe(0);
  });

  it('commits pushes waiting side by side in one transaction, each whole or absent, settled after the commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keliling-queue-'));
    const db = openDatabase(join(dir, 'q.db'));
    try {
      db.exec('CREATE TABLE t (push INTEGER, n INTEGER)');
      const insert = db.prepare('INSERT INTO t (push, n) VALUES (?, ?)');
      const events: string[] = [];
      const queue = createSyncQueue({
        together: (work) => {
          db.transaction(work).immediate();
          events.push('commit');
        },
        maxGroupWeight: 5,
      });
      // A push: its rows in its own transaction (a savepoint inside the group); push 2 fails half way.
      const push = (id: number) =>
        db.transaction(() => {
          events.push(`push ${id}${db.inTransaction ? '' : ' alone'}`);
          insert.run(id, 1);
          if (id === 2) throw new Error('push 2 broke');
          insert.run(id, 2);
          return id;
        });
      const settled = [1, 2, 3, 4].map((id) =>
        queue.run(push(id), { groupable: true, weight: 2 }).then(
          (value) => events.push(`answered ${value}`),
          (error: Error) => events.push(`failed: ${error.message}`),
        ),
      );
      await Promise.all(settled);
      // Weights 2 + 2 fit the bound of 5, a third does not: two turns, each committed before its answers.
      expect(events).toEqual([
        'push 1',
        'push 2',
        'commit',
        'answered 1',
        'failed: push 2 broke',
        'push 3',
        'push 4',
        'commit',
        'answered 3',
        'answered 4',
      ]);
      expect(db.prepare('SELECT push, n FROM t ORDER BY push, n').all()).toEqual([
        { push: 1, n: 1 },
        { push: 1, n: 2 },
        { push: 3, n: 1 },
        { push: 3, n: 2 },
        { push: 4, n: 1 },
        { push: 4, n: 2 },
      ]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends a shared turn once it has run maxTurnMs: the jobs not started wait at the head, in order', async () => {
    let time = 0;
    const events: string[] = [];
    const queue = createSyncQueue({
      together: (work) => {
        work();
        events.push('commit');
      },
      maxTurnMs: 100,
      clock: () => time,
    });
    const job = (id: number) => () => {
      events.push(`push ${id}`);
      time += 60; // each push takes 60 ms
      return id;
    };
    const answered = [1, 2, 3, 4, 5].map((id) =>
      queue.run(job(id), { groupable: true }).then((value) => events.push(`answered ${value}`)),
    );
    // A push that arrives meanwhile goes behind the ones put back.
    setImmediate(() => void queue.run(job(6), { groupable: true }).then((value) => events.push(`answered ${value}`)));
    await Promise.all(answered);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual([
      'push 1',
      'push 2',
      'commit',
      'answered 1',
      'answered 2',
      'push 3',
      'push 4',
      'commit',
      'answered 3',
      'answered 4',
      'push 5',
      'push 6',
      'commit',
      'answered 5',
      'answered 6',
    ]);
    expect(queue.waiting()).toBe(0);
  });
});
