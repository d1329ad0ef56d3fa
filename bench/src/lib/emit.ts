import { pathToFileURL } from 'node:url';

/** What every benchmark prints: one JSON line on stdout (run.mjs reads the last line); progress goes to stderr. */
export type BenchResult = {
  name: string;
  title: string;
  /** Figures, in the units their names say. */
  figures: Record<string, number | string | boolean | null>;
  /** Each goal: the figure, the bound, and whether it was met. */
  goals?: Goal[];
  notes?: string[];
};

/** `why`: what the benchmark knows about why the goal is missed, printed only when it is. */
export type Goal = { what: string; value: number; bound: number; kind: 'min' | 'max'; met: boolean; why?: string };

export function goal(what: string, value: number, kind: 'min' | 'max', bound: number, why?: string): Goal {
  const met = kind === 'min' ? value >= bound : value <= bound;
  return { what, value, bound, kind, met, ...(why && !met ? { why } : {}) };
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** True when the module at `moduleUrl` is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && moduleUrl === pathToFileURL(script).href;
}

/** Runs a benchmark as a script: prints its result line, exits non-zero on a failure. */
export function runAsScript(run: () => Promise<BenchResult>): void {
  run().then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      const cause = error instanceof Error && error.cause !== undefined ? `\ncause: ${String(error.cause)}` : '';
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}${cause}\n`);
      process.exit(1);
    },
  );
}

/** Positive integer from an environment variable (for smaller runs), else the default. */
export function sizeFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
