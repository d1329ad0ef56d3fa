// The large fuzz run, as a program: prints one JSON line (the report). Usage: run-fuzz.ts [runs] [seed]
import { runApiFuzz } from './target.js';

const runs = Number(process.argv[2] ?? 3000);
const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const report = await runApiFuzz({ runs, ...(seed !== undefined ? { seed } : {}) });
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
