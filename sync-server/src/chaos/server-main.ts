// The server CLI run straight from the TypeScript sources (`node --conditions=source --import tsx`), for when the
// build is missing or older than the sources; bin/keliling-server.js is the same program, built.
import { main } from '../cli.js';

process.exitCode = await main(process.argv.slice(2));
