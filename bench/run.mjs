// `npm run bench`: runs each benchmark in its own process (TypeScript through tsx), collects the one JSON line each
// prints, and writes docs/benchmarks.md (and .json). `node run.mjs ingest wire` runs only those; with `--merge` the
// others keep their figures from the last run (docs/benchmarks.json). Sizes: see each src/*.ts (BENCH_* variables).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const docPath = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

/**
 * Every benchmark: its program and node arguments. The workspace packages load from their sources
 * (`--conditions=source`), so the figures are those of the code in the tree, built or not; `memory` measures the
 * deployed program (the built launcher), so build first (`npx turbo run build`).
 */
const benchmarks = [
  { name: 'ingest', args: ['--conditions=source', '--import', 'tsx', 'src/ingest.ts'] },
  { name: 'roundtrip', args: ['--conditions=source', '--import', 'tsx', 'src/roundtrip.ts'] },
  { name: 'wire', args: ['--conditions=source', '--import', 'tsx', 'src/wire.ts'] },
  { name: 'memory', args: ['--import', 'tsx', 'src/memory.ts'] },
  { name: 'load', args: ['--conditions=source', '--import', 'tsx', 'src/load.ts'] },
  { name: 'device', args: ['--import', 'tsx', 'src/device.ts'] },
  { name: 'fuzz', args: ['--conditions=source', '--import', 'tsx', 'src/fuzz.ts'] },
  { name: 'chaos', args: ['--conditions=source', '--import', 'tsx', 'chaos.ts'], optional: 'chaos.ts' },
];

function run(bench) {
  return new Promise((resolve) => {
    const started = Date.now();
    const at = new Date(started).toISOString();
    const child = spawn(process.execPath, bench.args, { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (t) => {
      out += t;
    });
    child.stderr.setEncoding('utf8').on('data', (t) => {
      err += t;
      process.stderr.write(t);
    });
    child.once('exit', (code) => {
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const line = out.trim().split('\n').at(-1) ?? '';
      let result = null;
      try {
        result = JSON.parse(line);
      } catch {}
      resolve({
        name: bench.name,
        at,
        code,
        seconds,
        result,
        error: code === 0 && result ? null : (err || out).slice(-1500),
      });
    });
  });
}

if (process.argv.includes('--render')) {
  // Only re-renders docs/benchmarks.md from docs/benchmarks.json (after editing a note), running nothing.
  const saved = JSON.parse(readFileSync(docPath.replace(/\.md$/, '.json'), 'utf8'));
  writeFileSync(docPath, render(saved.machine, saved.runs, []));
  process.exit(0);
}
const merge = process.argv.includes('--merge');
const only = process.argv.slice(2).filter((a) => a !== '--merge');
const previous = merge ? JSON.parse(readFileSync(docPath.replace(/\.md$/, '.json'), 'utf8')) : null;
const selected = benchmarks.filter((b) => only.length === 0 || only.includes(b.name));
const machine = {
  date: new Date().toISOString(),
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  loadBefore: loadavg()
    .map((l) => l.toFixed(1))
    .join(' / '),
  // Sizes changed from the defaults through BENCH_* variables (e.g. BENCH_DEVICE_RECORDS=20000).
  overrides:
    Object.entries(process.env)
      .filter(([key]) => key.startsWith('BENCH_'))
      .map(([key, value]) => `${key}=${value}`)
      .join(', ') || 'none (default sizes)',
};
const runs = [];
for (const bench of benchmarks) {
  if (!selected.includes(bench)) {
    const kept = previous?.runs.find((r) => r.name === bench.name && !r.skipped && !r.absent);
    runs.push(
      kept
        ? { ...kept, at: kept.at ?? previous.machine.date, kept: true }
        : { name: bench.name, code: null, seconds: 0, result: null, error: null, skipped: true },
    );
    continue;
  }
  if (bench.optional && !existsSync(new URL(bench.optional, import.meta.url))) {
    runs.push({ name: bench.name, code: null, seconds: 0, result: null, error: null, absent: true });
    continue;
  }
  process.stderr.write(`\n== ${bench.name}\n`);
  const r = await run(bench);
  runs.push(r);
  process.stderr.write(`== ${bench.name}: ${r.code === 0 ? 'done' : `FAILED (exit ${r.code})`} in ${r.seconds} s\n`);
}
machine.loadAfter = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
if (previous) {
  // Merged: this run's machine and date; the benchmarks not selected keep their figures, each with its own date.
  const kept = runs.filter((r) => !selected.some((b) => b.name === r.name) && !r.skipped && !r.absent);
  if (kept.length > 0)
    machine.rerun = `kept from earlier runs: ${kept.map((r) => `${r.name} (${r.at ?? previous.machine.date})`).join(', ')}`;
}

writeFileSync(docPath, render(machine, runs));
// The same figures, machine-readable, for comparing runs.
writeFileSync(docPath.replace(/\.md$/, '.json'), `${JSON.stringify({ machine, runs }, null, 2)}\n`);
process.stderr.write(`\nwrote ${docPath}\n`);
const failed = runs.filter((r) => selected.some((b) => b.name === r.name) && !r.absent && r.code !== 0);
const ran = runs.filter((r) => selected.some((b) => b.name === r.name) && !r.absent && !r.skipped);
process.stdout.write(`${ran.length - failed.length} benchmarks passed, ${failed.length} failed\n`);
process.exitCode = failed.length > 0 ? 1 : 0;

function fmt(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
  if (value === null || value === undefined) return '–';
  if (typeof value === 'object') return `\`${JSON.stringify(value).slice(0, 200)}\``;
  return String(value);
}

/** Flattens nested figures (the chaos program prints its own shape) into "a.b" keys. */
function flatten(object, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(object ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length <= 30)
      flatten(value, name, out);
    else out[name] = value;
  }
  return out;
}

function render(m, runs, chosen = selected) {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.mjs) from the run below; every ratio compares two figures measured in the',
    'same run on the same machine. Re-run to refresh; each benchmark is a program in bench/src that prints one JSON line.',
    '',
    '| machine | |',
    '| --- | --- |',
    `| date | ${m.date} |`,
    `| CPUs | ${m.cpus} |`,
    `| memory | ${m.memory} |`,
    `| Node.js | ${m.node} |`,
    `| load average (1/5/15 min) before → after | ${m.loadBefore} → ${m.loadAfter} |`,
    `| size overrides | ${m.overrides ?? 'none (default sizes)'} |`,
    ...(m.rerun ? [`| merged | ${m.rerun} |`] : []),
    `| run time, summed over the benchmarks below except chaos (s) | ${Math.round(runs.filter((r) => r.name !== 'chaos').reduce((n, r) => n + (r.seconds ?? 0), 0))} |`,
    '',
    'A load average well above the number of CPUs means other work shared the machine during the run: absolute rates',
    'are then low for every system measured, and the same-run ratios are the figures to read.',
    '',
    '## Goals',
    '',
    '| benchmark | goal | figure | bound | met |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of runs) {
    for (const g of r.result?.goals ?? [])
      lines.push(
        `| ${r.name} | ${g.what} | ${fmt(Math.round(g.value * 1000) / 1000)} | ${g.kind === 'min' ? '≥' : '≤'} ${fmt(g.bound)} | ${g.met ? 'yes' : '**no**'} |`,
      );
    if (r.skipped) lines.push(`| ${r.name} | – | not run this time (not selected) | – | – |`);
    else if (r.absent) lines.push(`| ${r.name} | – | not run: bench/${r.name}.ts is not there yet | – | – |`);
    else if (r.code !== 0) lines.push(`| ${r.name} | – | **failed** (exit ${r.code}) | – | – |`);
  }
  const missed = runs.flatMap((r) => (r.result?.goals ?? []).filter((g) => !g.met).map((g) => ({ r, g })));
  if (missed.length > 0) {
    lines.push('', '### Goals missed, and why', '');
    for (const { r, g } of missed)
      lines.push(
        `- **${r.name}: ${g.what}** (${fmt(Math.round(g.value * 1000) / 1000)}, goal ${g.kind === 'min' ? '≥' : '≤'} ${fmt(g.bound)}). ${g.why ?? 'No explanation recorded.'}`,
      );
  } else {
    lines.push('', 'Every goal above is met.');
  }
  for (const r of runs) {
    lines.push('', `## ${r.result?.title ?? r.name}`, '');
    if (r.kept)
      lines.push(
        `Kept from an earlier run (${r.at ?? 'date unknown'}), not re-run this time.${r.keptNote ? ` ${r.keptNote}` : ''}`,
        '',
      );
    if (r.skipped) {
      lines.push(`Not run this time: \`node run.mjs ${chosen.map((b) => b.name).join(' ')}\` selected the others.`);
      continue;
    }
    if (r.absent) {
      lines.push(`Placeholder: the large chaos run (bench/${r.name}.ts, helper-owned) was not present when this ran.`);
      continue;
    }
    if (!r.result || r.code !== 0) {
      // The tail of what it printed, cut to a readable size (a failing chaos run lists every problem).
      const tail = (r.error ?? '').trim().slice(-800).replace(/\\n/g, '\n');
      lines.push(`Failed (exit ${r.code}, ${r.seconds} s); the end of its output:`, '', '```', tail, '```', '');
      if (!r.result) continue;
    }
    const figures = r.name === 'chaos' ? flatten(r.result) : (r.result.figures ?? {});
    lines.push('| figure | value |', '| --- | --- |');
    for (const [key, value] of Object.entries(figures))
      if (key !== 'goals' && key !== 'notes') lines.push(`| ${key} | ${fmt(value)} |`);
    lines.push(`| (run time, s) | ${r.seconds} |`);
    for (const note of r.result.notes ?? []) lines.push('', `- ${note}`);
  }
  lines.push('');
  return lines.join('\n');
}
