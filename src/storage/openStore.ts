import { existsSync } from 'node:fs';
import { ReadoutError } from '../errors.js';
import type { EventStore } from './EventStore.js';
import { PostgresStore } from './postgres/PostgresStore.js';
import { redactUrl } from './postgres/redactUrl.js';
import { SqliteStore } from './sqlite/SqliteStore.js';

export const DEFAULT_DB = './readout.db';

export interface OpenOptions {
  /** Create the database (SQLite) or its tables (PostgreSQL) when there are none (ingest); readers want an existing one. */
  create?: boolean;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/**
 * Opens the store a `--db` value names: a postgres:// or postgresql:// URL (PostgreSQL), else a
 * file path (SQLite). Synchronous: a PostgreSQL store connects on its first call.
 */
export function openStore(spec: string = DEFAULT_DB, options: OpenOptions = { create: true }): EventStore {
  if (POSTGRES_URL.test(spec)) return new PostgresStore(spec, { create: options.create ?? false });
  if (!options.create && spec !== ':memory:' && !existsSync(spec)) {
    throw new ReadoutError('E_NOT_FOUND', 'no database here (readout ingest creates one)', spec);
  }
  return new SqliteStore(spec);
}

/** A `--db` value as it may be printed: a PostgreSQL URL loses its password. */
export function displayDb(spec: string): string {
  return POSTGRES_URL.test(spec) ? redactUrl(spec) : spec;
}
