// The server for the load run, in its own process: startServer with rate limiters that never refuse (the load run
// measures the server, not its limits). Usage: node --import tsx load-server.ts <dataDir> <port>
import { createLogger, startServer } from '@keliling/sync-server';
import { generousLimiters } from './server.js';

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error('usage: load-server.ts <dataDir> <port>');
const server = await startServer({
  dataDir,
  port: Number(port),
  host: '127.0.0.1',
  demo: true,
  webRoot: null,
  logger: createLogger({ level: 'warn' }),
  rateLimiters: generousLimiters(),
});
process.stdout.write(`Keliling server listening on ${server.url}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
