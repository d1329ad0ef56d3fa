// The proof harness of issue 3 (faults, SIGKILLs, convergence) and issue 7 item 4 (crash safety), for bench/.
export { type Convergence, syncUntilQuiet } from './converge.js';
export {
  type CrashConfig,
  type CrashFigures,
  type CrashResult,
  type CrashVerification,
  runCrashPushes,
} from './crash-pushes.js';
export {
  type FaultCounts,
  type FaultKind,
  type FaultProxy,
  type FaultProxyOptions,
  type FaultRates,
  noFaults,
  startFaultProxy,
} from './fault-proxy.js';
export { type ChaosConfig, type ChaosFigures, type ChaosResult, runChaos } from './run-chaos.js';
export {
  createServerProcess,
  freePort,
  type ServerMode,
  type ServerProcess,
  type ServerProcessOptions,
  serverMode,
} from './server-process.js';
export type { Verification } from './verify.js';
