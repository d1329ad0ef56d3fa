/**
 * Hybrid logical clock. Format: `<ISO time with ms>-<counter 4 hex>-<nodeId 16 hex>`, compared as strings.
 * The clock is a value passed around (no module-level state); all tabs of a device share one through the app.
 */
export type HlcParts = { time: number; counter: number; nodeId: string };

export type HlcClock = {
  /** A new HLC for a local change: max(wall clock + offset, last time), never equal to or below the last one. */
  next(): string;
  /** Merge a remote HLC (receive rule). Remote times beyond wall + offset + maxDriftMs are ignored. */
  observe(remote: string): void;
  /** Correct the wall clock by this many ms (from the server's `serverTime`). Never makes the clock run backwards. */
  setOffset(ms: number): void;
  /**
   * After the server rejected our HLC with `clock_skew` (and setOffset corrected the wall clock): if the last
   * time lies beyond corrected wall + maxDrift, step back to just inside that window so re-stamped changes are
   * accepted. Nothing the server accepted can lie beyond it. Returns whether it stepped back. The one exception
   * to "never backwards", and only on this explicit call.
   */
  clampToWindow?(): boolean;
  offset(): number;
  /** Set how far ahead of the corrected wall clock a remote HLC may be (the server's maxClockSkewMs). */
  setMaxDrift?(ms: number): void;
  /** The last HLC issued or observed, or null for a fresh clock. */
  last(): string | null;
  readonly nodeId: string;
};

export type HlcClockOptions = {
  nodeId: string;
  now?: () => number;
  offsetMs?: number;
  /** Restore a persisted clock: the greatest HLC issued before. */
  last?: string | null;
  /** How far ahead of our corrected wall clock a remote HLC may pull us (default 300000 ms, the contract's maxClockSkewMs). */
  maxDriftMs?: number;
};

export const maxCounter = 0xffff;
const hlcPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
const nodeIdPattern = /^[0-9a-f]{16}$/;
const minTime = 0;
const rewindMarginMs = 1000;
const maxTime = 253402300799999; // 9999-12-31T23:59:59.999Z: keeps the ISO form 24 characters, so string order = time order

export function isNodeId(s: string): boolean {
  return nodeIdPattern.test(s);
}

export function formatHlc({ time, counter, nodeId }: HlcParts): string {
  if (!Number.isInteger(time) || time < minTime || time > maxTime)
    throw new RangeError(`HLC time out of range: ${time}`);
  if (!Number.isInteger(counter) || counter < 0 || counter > maxCounter)
    throw new RangeError(`HLC counter out of range: ${counter}`);
  if (!isNodeId(nodeId)) throw new RangeError(`HLC nodeId must be 16 lowercase hex characters: ${nodeId}`);
  return `${new Date(time).toISOString()}-${counter.toString(16).padStart(4, '0')}-${nodeId}`;
}

export function parseHlc(s: string): HlcParts | null {
  if (typeof s !== 'string') return null;
  const m = hlcPattern.exec(s);
  if (!m) return null;
  const time = Date.parse(m[1]!);
  // Reject dates that Date.parse normalises (e.g. Feb 30) so formatHlc(parseHlc(s)) === s.
  if (!Number.isFinite(time) || time > maxTime || new Date(time).toISOString() !== m[1]) return null;
  return { time, counter: parseInt(m[2]!, 16), nodeId: m[3]! };
}

export function isHlc(s: unknown): s is string {
  return typeof s === 'string' && parseHlc(s) !== null;
}

export function compareHlc(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The HLC's time part in ms since the epoch (NaN if it is not an HLC). */
export function hlcTime(s: string): number {
  return parseHlc(s)?.time ?? Number.NaN;
}

/** 16 random lowercase hex characters, for a device's or a session's HLC nodeId. */
export function randomNodeId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createHlcClock(options: HlcClockOptions): HlcClock {
  const { nodeId } = options;
  if (!isNodeId(nodeId)) throw new RangeError(`HLC nodeId must be 16 lowercase hex characters: ${nodeId}`);
  const now = options.now ?? Date.now;
  let maxDriftMs = options.maxDriftMs ?? 300_000;
  let offsetMs = options.offsetMs ?? 0;
  let lastTime = minTime - 1; // nothing issued yet
  let lastCounter = 0;
  let lastHlc: string | null = null;

  if (options.last) {
    const parsed = parseHlc(options.last);
    if (!parsed) throw new RangeError(`not an HLC: ${options.last}`);
    lastTime = parsed.time;
    lastCounter = parsed.counter;
    lastHlc = options.last;
  }

  const wall = (): number => Math.min(maxTime, Math.max(minTime, Math.floor(now() + offsetMs)));

  // Move (lastTime, lastCounter) strictly past itself, and up to the wall time if that is later.
  const advanceTo = (time: number): void => {
    if (time > lastTime) {
      lastTime = time;
      lastCounter = 0;
    } else {
      lastCounter += 1;
    }
    if (lastCounter > maxCounter) {
      lastTime += 1;
      lastCounter = 0;
    }
  };

  return {
    nodeId,
    next() {
      advanceTo(wall());
      lastHlc = formatHlc({ time: lastTime, counter: lastCounter, nodeId });
      return lastHlc;
    },
    observe(remote) {
      const parsed = parseHlc(remote);
      if (!parsed) return;
      const w = wall();
      // A remote time too far ahead of our corrected wall clock is ignored: a bad peer can't drag us into the future.
      if (parsed.time > w + maxDriftMs) return;
      if (parsed.time > lastTime) {
        lastTime = parsed.time;
        lastCounter = parsed.counter;
      } else if (parsed.time === lastTime && parsed.counter > lastCounter) {
        lastCounter = parsed.counter;
      } else {
        return;
      }
      lastHlc = formatHlc({ time: lastTime, counter: lastCounter, nodeId });
    },
    setOffset(ms) {
      if (Number.isFinite(ms)) offsetMs = Math.round(ms);
    },
    clampToWindow() {
      // A last time beyond what the server can accept (corrected wall + maxDrift) came from a wrong local clock;
      // kept, it would get every future change rejected with clock_skew. Only on this explicit call (after the
      // server rejected our HLC as skewed) does the clock step back, to just inside the window.
      const ceiling = wall() + maxDriftMs;
      if (lastTime <= ceiling) return false;
      lastTime = Math.max(wall(), ceiling - rewindMarginMs);
      lastCounter = 0;
      lastHlc = formatHlc({ time: lastTime, counter: lastCounter, nodeId });
      return true;
    },
    setMaxDrift(ms) {
      if (Number.isFinite(ms) && ms >= 0) maxDriftMs = ms;
    },
    offset: () => offsetMs,
    last: () => lastHlc,
  };
}
