#!/usr/bin/env node
// `npm test`: lint, the package-boundary check, then every workspace's typecheck and tests through turbo.
// Each vitest run leaves test-results.json; the totals are printed as the closing `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const workspaces = rootPackage.workspaces.filter((dir) => {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  return Boolean(pkg.scripts?.test);
});

for (const dir of workspaces) rmSync(join(root, dir, 'test-results.json'), { force: true });

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

const steps = [
  ['lint', run('npx', ['biome', 'lint', '.'])],
  ['boundaries', run('node', ['scripts/check-boundaries.mjs'])],
  [
    'typecheck + test',
    run('npx', [
      'turbo',
      'run',
      'typecheck',
      'test',
      '--continue',
      '--concurrency=2',
      '--log-order=grouped',
      '--output-logs=new-only',
    ]),
  ],
  // docs/data-model.md is generated from the schemas (built by turbo above): it must not drift from them.
  ['data model doc', run('node', ['packages/domain/scripts/generate-data-model.mjs', '--check'])],
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of workspaces) {
  const file = join(root, dir, 'test-results.json');
  if (!existsSync(file)) {
    console.error(`${dir}: no test report (its test run did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that failed to load has no tests to count but is a failure all the same.
  failed += report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
}

const failedSteps = steps.filter(([, status]) => status !== 0).map(([name]) => name);
if (failedSteps.length > 0) console.error(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
