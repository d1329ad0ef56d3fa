import {
  backupCommand,
  compactCommand,
  createEnrollmentCodeCommand,
  createUnitCommand,
  createUserCommand,
  restoreCommand,
} from './cli/commands.js';
import { verifyAuditCommand } from './cli/audit-commands.js';
import { type CliIo, processIo, UsageError } from './cli/io.js';
import { type ServeHooks, serveCommand } from './cli/serve.js';

export type { CliIo } from './cli/io.js';

export const usage = `Usage: keliling-server <command> [options]

Commands:
  serve --port P --data-dir D [--host 127.0.0.1|0.0.0.0] [--demo] [--web-root DIR] [--notify-webhook URL]
  create-unit --id ID --name NAME [--polres P] [--json]
  create-enrollment-code --unit ID [--ttl-hours N] [--json]
  create-user --username N --role officer|coordinator|hq|admin [--unit ID] [--polres P] [--name NAME] --password-stdin
  backup --out FILE [--json]         online backup (the server may keep running); the copy gets a new epoch
  restore --from FILE [--json]       with the server stopped: put a backup in place (the old database is kept)
  compact [--keep-last N] [--json]   drop superseded values from history older than the newest N changes
  verify-audit [--json]              check the audit log's hash chain; exit 1 naming the first broken entry

Every command takes --data-dir (default: $KELILING_DATA_DIR or ./data); the database is <data-dir>/keliling.db.
The port defaults to $PORT or 8080. Notifications to applicants go to <data-dir>/notifications.log, or with
--notify-webhook URL (or $KELILING_NOTIFY_WEBHOOK_URL) to that URL, signed with $KELILING_NOTIFY_WEBHOOK_SECRET.`;

/** Runs one CLI command; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo, hooks: ServeHooks = {}): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serveCommand(args, io, hooks);
      case 'create-unit':
        return await createUnitCommand(args, io);
      case 'create-enrollment-code':
        return await createEnrollmentCodeCommand(args, io);
      case 'create-user':
        return await createUserCommand(args, io);
      case 'backup':
        return await backupCommand(args, io);
      case 'restore':
        return await restoreCommand(args, io);
      case 'compact':
        return await compactCommand(args, io);
      case 'verify-audit':
        return await verifyAuditCommand(args, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(usage);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (error) {
    // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
    const code = (error as { code?: string }).code ?? '';
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`keliling-server: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    io.err(`keliling-server: ${(error as Error).message}`);
    return 1;
  }
}

/** Entry point for bin/keliling-server.js: real stdio, SIGINT/SIGTERM stop `serve`. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await runCli(argv, processIo(stop.signal));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export type { ServeHooks };
