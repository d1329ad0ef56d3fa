import { HttpError } from '../http/errors.js';

/**
 * How many sync calls, and how many pushed changes in all, may wait for their turn before more are refused with 429
 * (the device retries later). Generous in count (a refused call that comes straight back costs more than waiting),
 * bounded in changes (each waiting push holds its parsed body in memory).
 */
export const defaultMaxWaiting = 256;
export const defaultMaxWaitingWeight = 16_000;

export type JobOptions = {
  /** Jobs that may share one database transaction with their neighbours in the queue (pushes). */
  groupable?: boolean;
  /** The job's size (a push: its number of changes), bounding how much one turn takes on. */
  weight?: number;
};

export type SyncQueue = {
  /** Runs `job` (synchronous database work) in its turn; rejects with 429 `rate_limited` when too many wait. */
  run<T>(job: () => T, options?: JobOptions): Promise<T>;
  waiting(): number;
};

export type SyncQueueOptions = {
  maxWaiting?: number;
  maxWaitingWeight?: number;
  retryAfterSeconds?: number;
  /**
   * Runs groupable jobs waiting side by side in one transaction (each job's own transaction becomes a savepoint in
   * it, so one job failing undoes only itself), and settles them after it commits: one commit, and one fsync, for a
   * burst of pushes instead of one each, with every push still whole or absent. Absent: each job runs alone.
   */
  together?: (work: () => void) => void;
  /**
   * Largest total weight one shared transaction takes on (default 250 changes): enough pushes to share an fsync,
   * few enough to keep a turn short. A single larger push still runs, alone.
   */
  maxGroupWeight?: number;
  /**
   * Longest a shared transaction goes on taking the next of its jobs (default 100 ms): once a turn has run this long,
   * the jobs it has not started go back to the head of the queue for the next turn, so slow pushes (a loaded machine,
   * heavy records) do not hold the event loop for a whole group. A job once started always finishes.
   */
  maxTurnMs?: number;
  /** Monotonic clock in ms for `maxTurnMs` (tests pass their own). */
  clock?: () => number;
};

type Waiting = { job: () => unknown; settle: (outcome: Outcome) => void; groupable: boolean; weight: number };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function attempt(job: () => unknown): Outcome {
  try {
    return { ok: true, value: job() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Pushes and pulls are synchronous SQLite work of up to a batch each. Run as they arrive, a burst of them fills one
 * event-loop turn and everything else (health checks, logins) waits behind the whole burst. Here they run one turn
 * at a time (setImmediate), so the loop polls for new requests in between: a cheap request waits for at most one
 * turn, which is one job or one group of at most `maxGroupWeight` and about `maxTurnMs`. A bounded queue also bounds the latency of the
 * calls it accepts.
 */
export function createSyncQueue(options: SyncQueueOptions = {}): SyncQueue {
  const maxWaiting = options.maxWaiting ?? defaultMaxWaiting;
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const maxGroupWeight = options.maxGroupWeight ?? 250;
  const maxWaitingWeight = options.maxWaitingWeight ?? defaultMaxWaitingWeight;
  const maxTurnMs = options.maxTurnMs ?? 100;
  const clock = options.clock ?? (() => performance.now());
  const waiting: Waiting[] = [];
  let waitingWeight = 0;
  let scheduled = false;

  const takeTurn = (): Waiting[] => {
    const first = waiting.shift();
    if (!first) return [];
    const taken = [first];
    let weight = first.weight;
    if (options.together && first.groupable) {
      while (waiting[0]?.groupable && weight + waiting[0].weight <= maxGroupWeight) {
        const next = waiting.shift()!;
        weight += next.weight;
        taken.push(next);
      }
    }
    waitingWeight -= weight;
    return taken;
  };

  const turn = () => {
    const taken = takeTurn();
    if (taken.length === 1) {
      taken[0]!.settle(attempt(taken[0]!.job));
    } else if (taken.length > 1) {
      const outcomes: Outcome[] = [];
      const start = clock();
      const shared = attempt(() =>
        options.together!(() => {
          for (const w of taken) {
            if (outcomes.length > 0 && clock() - start >= maxTurnMs) break;
            outcomes.push(attempt(w.job));
          }
        }),
      );
      // Settled only now: a push is answered once the transaction that holds it has committed. A failed commit fails
      // every job taken; otherwise the jobs the turn had no time for wait at the head of the queue, in their order.
      const ran = shared.ok ? outcomes.length : taken.length;
      for (const [i, w] of taken.slice(0, ran).entries()) w.settle(shared.ok ? outcomes[i]! : shared);
      const left = taken.slice(ran);
      waiting.unshift(...left);
      for (const w of left) waitingWeight += w.weight;
    }
    scheduled = waiting.length > 0;
    if (scheduled) setImmediate(turn);
  };

  return {
    run<T>(job: () => T, jobOptions: JobOptions = {}): Promise<T> {
      const weight = jobOptions.weight ?? 1;
      if (waiting.length >= maxWaiting || (waiting.length > 0 && waitingWeight + weight > maxWaitingWeight)) {
        return Promise.reject(new HttpError(429, 'rate_limited', { headers: { 'Retry-After': retryAfter } }));
      }
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          job,
          groupable: jobOptions.groupable === true,
          weight,
          settle: (outcome) => (outcome.ok ? resolve(outcome.value as T) : reject(outcome.error)),
        });
        waitingWeight += weight;
        if (!scheduled) {
          scheduled = true;
          setImmediate(turn);
        }
      });
    },
    waiting: () => waiting.length,
  };
}
