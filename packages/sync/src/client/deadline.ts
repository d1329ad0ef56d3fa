/**
 * A time limit on some work: `signal` aborts (with `reason()`) after `ms`, or as soon as `outer` aborts; `race`
 * stops waiting for a promise at that moment even if the promise itself never settles (a fetch body read that
 * ignores its signal, a store that hangs). `clear()` once the work is done.
 */
export type Deadline = {
  signal: AbortSignal;
  race<T>(promise: Promise<T>): Promise<T>;
  clear(): void;
};

export function startDeadline(ms: number, reason: () => Error, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  const stop = (why: unknown) => {
    if (!controller.signal.aborted) controller.abort(why);
  };
  const timer = setTimeout(() => stop(reason()), ms);
  const onOuter = () => stop(outer?.reason);
  if (outer?.aborted) onOuter();
  else outer?.addEventListener('abort', onOuter, { once: true });
  const expired = new Promise<never>((_, reject) => {
    const fail = () => reject(controller.signal.reason);
    if (controller.signal.aborted) fail();
    else controller.signal.addEventListener('abort', fail, { once: true });
  });
  expired.catch(() => undefined); // observed only through race()
  return {
    signal: controller.signal,
    race: (promise) => Promise.race([promise, expired]),
    clear() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    },
  };
}
