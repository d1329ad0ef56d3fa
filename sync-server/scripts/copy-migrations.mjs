#!/usr/bin/env node
// Build step: tsc does not copy the numbered .sql migrations, so put them next to dist/db/migrate.js.
import { cpSync, mkdirSync } from 'node:fs';

const from = new URL('../src/db/migrations/', import.meta.url);
const to = new URL('../dist/db/migrations/', import.meta.url);
mkdirSync(to, { recursive: true });
cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith('.ts') });
