import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAuditLog } from '../audit/audit-log.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { dataDirOf } from './commands.js';
import type { CliIo } from './io.js';

/** `verify-audit`: 0 when the chain is intact, 1 naming the first broken entry. */
export async function verifyAuditCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } } });
  const dbPath = resolve(dataDirOf(values, io), 'keliling.db');
  if (!existsSync(dbPath)) {
    io.err(`no database at ${dbPath}`);
    return 1;
  }
  const db = openDatabase(dbPath);
  try {
    migrate(db);
    const result = createAuditLog(db).verify();
    if (values.json) io.out(JSON.stringify(result));
    if (result.ok) {
      if (!values.json) io.out(`Audit log intact: ${result.entries} entries.`);
      return 0;
    }
    const what =
      result.reason === 'hash' ? 'its content does not match its hash' : 'it does not follow the entry before it';
    io.err(`Audit log broken at entry ${result.seq}: ${what}.`);
    return 1;
  } finally {
    db.close();
  }
}
