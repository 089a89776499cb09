import { existsSync } from 'node:fs';
import { ReadoutError } from '../errors.js';
import type { EventStore } from './EventStore.js';
import { SqliteStore } from './sqlite/SqliteStore.js';

export const DEFAULT_DB = './readout.db';

export interface OpenOptions {
  /** Create the database when it does not exist (ingest); readers want an existing one. */
  create?: boolean;
}

/** Opens the store a `--db` value names: a file path (SQLite). */
export function openStore(spec: string = DEFAULT_DB, options: OpenOptions = { create: true }): EventStore {
  if (/^postgres(?:ql)?:\/\//i.test(spec)) {
    throw new ReadoutError('E_STORE', 'PostgreSQL storage is not available in this version; use a SQLite file path', spec);
  }
  if (!options.create && spec !== ':memory:' && !existsSync(spec)) {
    throw new ReadoutError('E_NOT_FOUND', 'no database here (readout ingest creates one)', spec);
  }
  return new SqliteStore(spec);
}
