import { mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tempDir } from './server.js';

// PouchDB and express-pouchdb are CommonJS without types of their own; only the calls made here are typed.
type PouchDoc = { _id: string; [key: string]: unknown };
export type PouchDb = {
  bulkDocs(docs: PouchDoc[]): Promise<unknown[]>;
  info(): Promise<{ doc_count: number }>;
  replicate: { to(target: string | PouchDb, options?: object): Promise<ReplicationResult> };
  close(): Promise<void>;
  destroy(): Promise<void>;
};
export type ReplicationResult = { ok: boolean; docs_written: number; errors: unknown[] };
type PouchConstructor = {
  new (name: string, options?: object): PouchDb;
  plugin(plugin: unknown): PouchConstructor;
  defaults(options: object): PouchConstructor;
};

const require = createRequire(import.meta.url);

/** PouchDB with the memory (MemDOWN), LevelDB, HTTP and replication plugins. */
export function loadPouch(): PouchConstructor {
  const PouchDB = require('pouchdb-core') as PouchConstructor;
  return PouchDB.plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-leveldb'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'));
}

export type PouchServer = { url: string; stop(): Promise<void> };

/** express-pouchdb (CouchDB's HTTP API) over PouchDB on LevelDB files in a temporary directory. */
export async function startPouchServer(Pouch: PouchConstructor): Promise<PouchServer> {
  const dir = tempDir('pouch');
  mkdirSync(join(dir, 'db'), { recursive: true });
  const ServerPouch = Pouch.defaults({ prefix: `${join(dir, 'db')}/`, adapter: 'leveldb' });
  const expressPouch = require('express-pouchdb') as (
    pouch: PouchConstructor,
    options: object,
  ) => { listen(port: number, host: string): Server };
  const app = expressPouch(ServerPouch, {
    mode: 'minimumForPouchDB',
    configPath: join(dir, 'config.json'),
    logPath: join(dir, 'log.txt'),
    inMemoryConfig: true,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
