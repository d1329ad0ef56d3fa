import { rmSync } from 'node:fs';
import { createRandom } from '@keliling/fixtures';
import { databasePath } from '../server.js';
import { type ActionCounts, type Actor, createDeviceActor, createHqActor, emptyActionCounts } from './actors.js';
import { syncUntilQuiet } from './converge.js';
import { type FaultCounts, type FaultRates, noFaults, startFaultProxy } from './fault-proxy.js';
import { enrollDevices, loginHq, startDemoServer } from './setup.js';
import { createSimClient, type RoundErrors, type SimClient } from './sim-client.js';
import { compareClients, type Verification, verifyRun } from './verify.js';

export type ChaosConfig = {
  seed: string;
  devices: number;
  changesPerDevice: number;
  /** Status edits HQ makes over the run. */
  hqChanges: number;
  /** SIGKILLs of the server (each followed by a restart on the same data dir), spread over the run. */
  restarts: number;
  rates: FaultRates;
  maxDelayMs: number;
  /** A cut lands after 0..maxCutBytes bytes of the connection (see FaultProxyOptions). */
  maxCutBytes: number;
  /** Pause between two actions of one device (ms, uniform). */
  actionPauseMs: [number, number];
  /** Pause between two sync rounds of one client (ms, uniform). */
  syncPauseMs: [number, number];
  /** How long the server stays down after a kill (ms, uniform). */
  downtimeMs: [number, number];
  /** Chance that an action creates a record (while the device has some left to create). */
  createShare: number;
  /** The largest push the clients make (the engine's own lower bound). */
  pushBatch?: number;
  keepDataDir?: boolean;
  log?: (line: string) => void;
};

export type ChaosFigures = {
  seed: string;
  devices: number;
  changesWritten: number;
  actions: ActionCounts;
  serverChanges: number;
  serverRecords: number;
  rejectionsIntended: Record<string, number>;
  conflicts: number;
  restarts: number;
  faults: FaultCounts;
  roundsOk: number;
  roundsFailed: number;
  roundErrors: RoundErrors;
  restamped: number;
  /** From the end of the chaos phase (faults off, server up) until every client was quiet. */
  convergeMs: number;
  convergeRounds: number;
  chaosMs: number;
  totalMs: number;
};

export type ChaosResult = { figures: ChaosFigures; verification: Verification; dataDir: string; serverOutput: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The proof run of issue 3: devices of two units and HQ write and sync through a fault-injecting proxy while
 * the server is SIGKILLed and restarted; then, faults off, everyone syncs until quiet and every check runs.
 */
export async function runChaos(config: ChaosConfig): Promise<ChaosResult> {
  const log = config.log ?? (() => undefined);
  const started = performance.now();
  const random = createRandom(`chaos:${config.seed}`);
  const server = await startDemoServer('chaos');
  const proxy = await startFaultProxy({
    target: { host: '127.0.0.1', port: server.port },
    seed: config.seed,
    rates: noFaults,
    maxDelayMs: config.maxDelayMs,
    maxCutBytes: config.maxCutBytes,
  });
  try {
    const enrolled = await enrollDevices(server, proxy.url, config.devices);
    const hqIdentity = await loginHq(proxy.url);
    const clientOptions = (e: (typeof enrolled)[number], unitId: string | null) => ({
      name: e.name,
      baseUrl: proxy.url,
      token: e.token,
      nodeId: e.nodeId,
      author: e.author,
      unitId,
      ...(config.pushBatch ? { pushBatch: config.pushBatch } : {}),
    });
    const devices = enrolled.map((e) => createSimClient(clientOptions(e, e.unitId)));
    const hq = createSimClient(clientOptions(hqIdentity, null));
    const clients: SimClient[] = [...devices, hq];
    const plannedCreates = Math.ceil(config.changesPerDevice * config.createShare * 1.2) + 5;
    const actors = devices.map((client, i) =>
      createDeviceActor(client, { seed: `${config.seed}:${i}`, plannedCreates, createShare: config.createShare }),
    );
    const hqActor = createHqActor(hq, { seed: config.seed });
    log(`enrolled ${devices.length} devices; chaos starts`);

    proxy.setRates(config.rates);
    const chaosStarted = performance.now();
    const devicePlanned = config.devices * config.changesPerDevice;
    const written = () => clients.reduce((n, c) => n + c.written.length, 0);
    const deviceWritten = () => devices.reduce((n, c) => n + c.written.length, 0);
    let writing = true;
    const pause = ([min, max]: [number, number]) => sleep(random.int(min, max));

    let devicesDone = false;
    const writer = async (client: SimClient, actor: Actor, changes: number, pauseMs: [number, number]) => {
      let idle = 0;
      while (client.written.length < changes && idle < 1_000 && !(client === hq && devicesDone)) {
        const kind = await actor.act();
        idle = kind === 'skip' ? idle + 1 : 0;
        await pause(pauseMs);
      }
    };
    const syncer = async (client: SimClient) => {
      while (writing) {
        await pause(config.syncPauseMs);
        await client.sync();
      }
    };
    const hqPause: [number, number] = [
      config.actionPauseMs[0],
      Math.max(
        config.actionPauseMs[1],
        Math.round((config.changesPerDevice * config.actionPauseMs[1]) / Math.max(1, config.hqChanges)),
      ),
    ];
    const killer = async () => {
      for (let k = 1; k <= config.restarts; k++) {
        while (!devicesDone && deviceWritten() < (devicePlanned * k) / (config.restarts + 1)) await sleep(20);
        await sleep(random.int(0, 200));
        const cutProxy = random.chance(0.5);
        if (cutProxy) proxy.pause();
        await server.kill();
        await pause(config.downtimeMs);
        await server.start();
        if (cutProxy) proxy.resume();
        log(`restart ${k}/${config.restarts} at ${written()} changes`);
      }
    };

    const syncers = clients.map(syncer);
    const killing = killer();
    const hqWriting = writer(hq, hqActor, config.hqChanges, hqPause);
    await Promise.all(devices.map((d, i) => writer(d, actors[i]!, config.changesPerDevice, config.actionPauseMs)));
    devicesDone = true;
    await Promise.all([hqWriting, killing]);
    writing = false;
    await Promise.all(syncers);
    const chaosMs = Math.round(performance.now() - chaosStarted);
    log(`chaos phase done in ${chaosMs} ms; converging`);

    proxy.setRates(noFaults);
    if (!server.running()) await server.start();
    const convergence = await syncUntilQuiet(clients);
    log(`converged in ${convergence.ms} ms (${convergence.rounds} rounds)`);

    const dbPath = databasePath(server.dataDir);
    const verification = verifyRun(dbPath, clients);
    await compareClients(dbPath, clients, verification);

    const actions = emptyActionCounts();
    for (const actor of [...actors, hqActor])
      for (const [k, n] of Object.entries(actor.counts)) actions[k as keyof ActionCounts] += n;
    const roundErrors: RoundErrors = {};
    for (const c of clients)
      for (const [k, n] of Object.entries(c.rounds.errors)) roundErrors[k] = (roundErrors[k] ?? 0) + n;
    const figures: ChaosFigures = {
      seed: config.seed,
      devices: config.devices,
      changesWritten: written(),
      actions,
      serverChanges: verification.serverChanges,
      serverRecords: verification.serverRecords,
      rejectionsIntended: verification.intendedRejections,
      conflicts: verification.conflicts,
      restarts: server.starts() - 1,
      faults: proxy.counts(),
      roundsOk: clients.reduce((n, c) => n + c.rounds.ok, 0),
      roundsFailed: clients.reduce((n, c) => n + c.rounds.failed, 0),
      roundErrors,
      restamped: clients.reduce((n, c) => n + c.rounds.restamped, 0),
      convergeMs: convergence.ms,
      convergeRounds: convergence.rounds,
      chaosMs,
      totalMs: Math.round(performance.now() - started),
    };
    return { figures, verification, dataDir: server.dataDir, serverOutput: server.output() };
  } finally {
    await proxy.close();
    await server.stop();
    if (!config.keepDataDir) rmSync(server.dataDir, { recursive: true, force: true });
  }
}
