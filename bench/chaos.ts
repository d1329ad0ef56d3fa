// The large chaos run: `npm run bench -w @keliling/bench` (or `npx tsx --conditions=source chaos.ts` in bench/).
// Options: --devices N --changes N --hq N --restarts N --seed S --crash-kills N (0: skip the crash run).
// Prints one JSON line of figures; exits 1 when any check failed.
import { parseArgs } from 'node:util';
import { runChaos, runCrashPushes, serverMode } from '@keliling/sync-server/chaos';

const { values } = parseArgs({
  options: {
    devices: { type: 'string', default: '50' },
    changes: { type: 'string', default: '2000' },
    hq: { type: 'string', default: '4000' },
    restarts: { type: 'string', default: '10' },
    seed: { type: 'string', default: 'chaos-large-1' },
    'crash-kills': { type: 'string', default: '10' },
    verbose: { type: 'boolean', default: false },
  },
});
const log = values.verbose ? (line: string) => console.error(`[${new Date().toISOString()}] ${line}`) : undefined;

const chaos = await runChaos({
  seed: values.seed,
  devices: Number(values.devices),
  changesPerDevice: Number(values.changes),
  hqChanges: Number(values.hq),
  restarts: Number(values.restarts),
  rates: { dropRequest: 0.2, dropResponse: 0.4, reset: 0.2, delay: 0.2 },
  maxDelayMs: 50,
  maxCutBytes: 64_000,
  // About 150 s of writing per device, so the kills and faults are spread over the whole run.
  actionPauseMs: [0, 150],
  syncPauseMs: [1000, 5000],
  downtimeMs: [100, 1000],
  createShare: 0.1,
  ...(log ? { log } : {}),
});
const v = chaos.verification;
const chaosProblems = [
  ...(v.integrity === 'ok' ? [] : [`integrity: ${v.integrity}`]),
  ...v.lost.map((p) => `lost ${p}`),
  ...v.corrupted.map((p) => `corrupted ${p}`),
  ...v.phantoms.map((p) => `phantom ${p}`),
  ...v.historyMismatches.map((p) => `history ${p}`),
  ...v.stateMismatches.map((p) => `state ${p}`),
  ...v.unintendedRejections.map((p) => `rejection ${p}`),
  ...v.rejectionListMismatches.map((p) => `rejection list ${p}`),
  ...Object.keys(chaos.figures.roundErrors)
    .filter((k) => !k.startsWith('transient:'))
    .map((k) => `non-transient round error ${k}`),
];

const crashKills = Number(values['crash-kills']);
const crash =
  crashKills > 0
    ? await runCrashPushes({
        seed: `${values.seed}-crash`,
        pushers: 4,
        batchSize: 250,
        kills: crashKills,
        upMs: [2000, 6000],
        editShare: 0.3,
        invalidShare: 0.05,
        ...(log ? { log } : {}),
      })
    : null;
const crashProblems = crash
  ? [
      ...(crash.verification.integrity === 'ok' ? [] : [`crash integrity: ${crash.verification.integrity}`]),
      ...crash.verification.answeredMissing.map((p) => `crash answered ${p}`),
      ...crash.verification.halfPushes.map((p) => `crash half ${p}`),
      ...crash.verification.historyMismatches.map((p) => `crash history ${p}`),
    ]
  : [];

const problems = [...chaosProblems, ...crashProblems];
console.log(
  JSON.stringify({
    bench: 'chaos',
    ok: problems.length === 0,
    serverMode: serverMode(),
    chaos: chaos.figures,
    crash: crash?.figures ?? null,
    problems: problems.slice(0, 50),
  }),
);
process.exitCode = problems.length === 0 ? 0 : 1;
