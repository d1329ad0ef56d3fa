import { parseArgs } from 'node:util';
import { demoSeed } from '@keliling/fixtures';
import { createLogger } from '../logger.js';
import { type RunningServer, startServer } from '../server.js';
import { dataDirOf } from './commands.js';
import { type CliIo, UsageError } from './io.js';

export type ServeHooks = { onListening?: (server: RunningServer) => void };

/** `serve`: runs until io.signal aborts (SIGINT/SIGTERM in the launcher), then closes cleanly. */
export async function serveCommand(args: string[], io: CliIo, hooks: ServeHooks = {}): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      demo: { type: 'boolean' },
      'web-root': { type: 'string' },
      'log-level': { type: 'string' },
      'notify-webhook': { type: 'string' },
      'service-desk-unit': { type: 'string' },
      'pow-difficulty': { type: 'string' },
    },
  });
  const portText = values.port ?? io.env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid port: ${portText}`);
  const host = values.host ?? io.env.HOST ?? '127.0.0.1';
  const logger = createLogger({ level: values['log-level'] ?? io.env.LOG_LEVEL ?? 'info' });

  const webhookUrl = values['notify-webhook'] ?? io.env.KELILING_NOTIFY_WEBHOOK_URL;
  const webhookSecret = io.env.KELILING_NOTIFY_WEBHOOK_SECRET;
  if (webhookUrl && !/^https?:\/\//.test(webhookUrl)) throw new UsageError('--notify-webhook must be an http(s) URL');
  if (webhookUrl && !webhookSecret) throw new UsageError('set KELILING_NOTIFY_WEBHOOK_SECRET with --notify-webhook');
  // The citizen portal's submissions go to this unit (default: the demo's SPKT unit-sleman-spkt).
  const serviceDeskUnitId = values['service-desk-unit'] ?? io.env.KELILING_SERVICE_DESK_UNIT;
  const powText = values['pow-difficulty'] ?? io.env.KELILING_POW_DIFFICULTY;
  const powDifficulty = powText === undefined ? undefined : Number(powText);
  if (powDifficulty !== undefined && !(Number.isInteger(powDifficulty) && powDifficulty >= 0 && powDifficulty <= 32)) {
    throw new UsageError(`invalid --pow-difficulty: ${powText}`);
  }
  const server = await startServer({
    dataDir: dataDirOf(values, io),
    port,
    host,
    demo: values.demo ?? false,
    logger,
    ...(values['web-root'] ? { webRoot: values['web-root'] } : {}),
    portal: {
      ...(serviceDeskUnitId ? { serviceDeskUnitId } : {}),
      ...(powDifficulty !== undefined ? { powDifficulty } : {}),
    },
    ...(webhookUrl && webhookSecret ? { notifications: { webhook: { url: webhookUrl, secret: webhookSecret } } } : {}),
  });
  io.out(`Keliling server listening on ${server.url}`);
  if (server.demo) printDemo(server, io);
  hooks.onListening?.(server);

  await new Promise<void>((resolve) => {
    if (!io.signal) return; // runs until the process is killed
    if (io.signal.aborted) resolve();
    io.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
  io.out('Keliling server stopped');
  return 0;
}

function printDemo(server: RunningServer, io: CliIo): void {
  const demo = server.demo!;
  const lines = [
    '',
    '=== Keliling demo (data uji, jangan dipakai untuk data sungguhan) ===',
    `Aplikasi web : ${server.url}/`,
  ];
  if (demo.enrollmentCode) {
    const c = demo.enrollmentCode;
    lines.push(
      `Kode pendaftaran perangkat / enrollment code (${c.unitId}, ${c.unitName}): ${c.code}`,
      `  sekali pakai, berlaku sampai ${c.expiresAt}`,
    );
  }
  lines.push('Akun staf / staff accounts (username / password / peran / unit):');
  for (const u of demo.users)
    lines.push(`  ${u.username} / ${u.password} / ${u.role}${u.unitId ? ` / ${u.unitId}` : ''}`);
  const officers = demoSeed.officers.filter((o) => o.unitId === demo.enrollmentCode?.unitId);
  if (officers.length > 0) {
    lines.push(`PIN petugas di perangkat / officers' device PIN (${officers[0]?.unitId}):`);
    for (const o of officers) lines.push(`  ${o.name} (${o.id}): ${o.pin}`);
  }
  if (!demo.seeded) lines.push('(basis data sudah berisi data; hanya kode pendaftaran baru yang dibuat)');
  lines.push('');
  io.out(lines.join('\n'));
}
