import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AuditLog, createAuditLog } from '../audit/audit-log.js';
import { issueEnrollmentCode } from '../auth/enrollment.js';
import { addUser, isRole, roles } from '../auth/users.js';
import { backupDatabase, restoreDatabase } from '../db/backup.js';
import { openDatabase } from '../db/open.js';
import { createSqliteStore } from '../store/sqlite-store.js';
import type { SyncStore } from '../store/types.js';
import { type CliIo, readFirstLine, UsageError } from './io.js';

const dataDirOption = { 'data-dir': { type: 'string' } } as const;

export function dataDirOf(values: { 'data-dir'?: string | undefined }, io: CliIo): string {
  return resolve(values['data-dir'] ?? io.env.KELILING_DATA_DIR ?? './data');
}

/** Opens the database of a data dir for one command (WAL: safe while the server runs). */
async function withStore<T>(dataDir: string, run: (store: SyncStore, audit: AuditLog) => T | Promise<T>): Promise<T> {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(resolve(dataDir, 'keliling.db'));
  const store = createSqliteStore(db);
  try {
    return await run(store, createAuditLog(db));
  } finally {
    store.close();
  }
}

const cliActor = { actor: 'cli', actorKind: 'cli' } as const;

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`missing --${flag}`);
  return value;
}

export async function createUnitCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...dataDirOption,
      id: { type: 'string' },
      name: { type: 'string' },
      polres: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const id = required(values.id, 'id');
  if (!/^[0-9A-Za-z_-]{1,64}$/.test(id)) throw new UsageError('--id must be 1–64 characters of [0-9A-Za-z_-]');
  const name = required(values.name, 'name');
  return withStore(dataDirOf(values, io), (store, audit) => {
    if (store.getUnit(id)) {
      io.err(`unit ${id} already exists`);
      return 1;
    }
    const unit = audit.record(
      () => store.createUnit({ id, name, polres: values.polres ?? null }),
      (u) => ({ ...cliActor, action: 'unit_create', entity: 'units', entityId: u.id, details: { polres: u.polres } }),
    );
    io.out(values.json ? JSON.stringify(unit) : `Unit created: ${unit.id} (${unit.name})`);
    return 0;
  });
}

export async function createEnrollmentCodeCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...dataDirOption, unit: { type: 'string' }, json: { type: 'boolean' }, 'ttl-hours': { type: 'string' } },
  });
  const unitId = required(values.unit, 'unit');
  const ttlHours = values['ttl-hours'] === undefined ? 24 : Number(values['ttl-hours']);
  if (!Number.isFinite(ttlHours) || ttlHours <= 0) throw new UsageError('--ttl-hours must be a positive number');
  return withStore(dataDirOf(values, io), (store, audit) => {
    const issued = audit.record(
      () => issueEnrollmentCode(store, { unitId, ttlMs: ttlHours * 3_600_000, createdBy: 'cli' }),
      (r) =>
        r.ok
          ? {
              ...cliActor,
              action: 'enrollment_code_issue',
              entity: 'units',
              entityId: r.unitId,
              details: { expiresAt: r.expiresAt },
            }
          : null,
    );
    if (!issued.ok) {
      io.err(`unknown unit: ${unitId}`);
      return 1;
    }
    if (values.json) io.out(JSON.stringify({ code: issued.code, unitId: issued.unitId, expiresAt: issued.expiresAt }));
    else io.out(`Enrollment code for ${issued.unitId}: ${issued.code} (single use, valid until ${issued.expiresAt})`);
    return 0;
  });
}

export async function createUserCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...dataDirOption,
      username: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      polres: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const username = required(values.username, 'username');
  const role = required(values.role, 'role');
  if (!isRole(role)) throw new UsageError(`--role must be one of ${roles.join(', ')}`);
  if (!values['password-stdin']) throw new UsageError('pass the password on stdin with --password-stdin');
  const password = await readFirstLine(io.stdin);
  if (password.length < 8) {
    io.err('the password must have at least 8 characters');
    return 1;
  }
  return withStore(dataDirOf(values, io), async (store, audit) => {
    const result = await addUser(store, {
      username,
      role,
      unitId: values.unit ?? null,
      polres: values.polres ?? null,
      name: values.name ?? null,
      password,
    });
    if (!result.ok) {
      const texts = {
        unit_required:
          role === 'coordinator'
            ? '--unit or --polres is required for a coordinator'
            : `--unit is required for role ${role}`,
        unknown_unit: `unknown unit: ${values.unit}`,
        username_taken: `username already taken: ${username}`,
      } as const;
      io.err(texts[result.code]);
      return 1;
    }
    const { user } = result;
    // addUser hashes the password first (async), so the entry follows the insert rather than sharing its transaction.
    audit.record(
      () => null,
      () => ({ ...cliActor, action: 'user_create', entity: 'users', entityId: user.id, details: { role: user.role, unitId: user.unitId } }),
    );
    io.out(
      values.json
        ? JSON.stringify(user)
        : `User created: ${user.username} (${user.role}${user.unitId ? `, ${user.unitId}` : ''})`,
    );
    return 0;
  });
}

export async function backupCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...dataDirOption, out: { type: 'string' }, json: { type: 'boolean' } },
  });
  const out = resolve(required(values.out, 'out'));
  const dbPath = resolve(dataDirOf(values, io), 'keliling.db');
  if (!existsSync(dbPath)) {
    io.err(`no database at ${dbPath}`);
    return 1;
  }
  if (existsSync(out)) {
    io.err(`${out} already exists; choose another --out`);
    return 1;
  }
  // Its own connection, like the other commands: the running server keeps serving while the pages are copied.
  const db = openDatabase(dbPath);
  try {
    const result = await backupDatabase(db, out);
    io.out(
      values.json
        ? JSON.stringify(result)
        : `Backup written: ${result.path} (${result.pages} pages, epoch ${result.epoch}, from ${result.sourceEpoch})`,
    );
    return 0;
  } finally {
    db.close();
  }
}

export async function restoreCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...dataDirOption, from: { type: 'string' }, json: { type: 'boolean' } },
  });
  const from = resolve(required(values.from, 'from'));
  if (!existsSync(from)) {
    io.err(`no backup at ${from}`);
    return 1;
  }
  const dataDir = dataDirOf(values, io);
  mkdirSync(dataDir, { recursive: true });
  const result = restoreDatabase(resolve(dataDir, 'keliling.db'), from);
  if (!result.ok) {
    io.err(
      result.code === 'server_running'
        ? 'the database is in use: stop the server first, then restore'
        : `${from} is not a Keliling backup (or it is damaged)`,
    );
    return 1;
  }
  io.out(
    values.json
      ? JSON.stringify(result)
      : `Restored ${from} (new epoch ${result.epoch}).${result.previous ? ` The previous database was kept as ${result.previous}.` : ''}`,
  );
  return 0;
}

export async function compactCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...dataDirOption, 'keep-last': { type: 'string' }, json: { type: 'boolean' } },
  });
  const keep = values['keep-last'] === undefined ? 10_000 : Number(values['keep-last']);
  if (!Number.isSafeInteger(keep) || keep < 0) throw new UsageError('--keep-last must be a whole number');
  return withStore(dataDirOf(values, io), (store) => {
    const upto = Math.max(0, store.maxSeq() - keep);
    const rewritten = store.compactHistory(upto);
    const horizon = store.compactionHorizon();
    io.out(
      values.json
        ? JSON.stringify({ rewritten, horizon })
        : `History compacted up to change ${horizon} (${rewritten} changes rewritten).`,
    );
    return 0;
  });
}
