import { ReadoutError } from '../errors.js';
import type { EventStore } from './EventStore.js';
import { SqliteStore } from './sqlite/SqliteStore.js';

export const DEFAULT_DB = './readout.db';

/** Opens the store a `--db` value names: a file path (SQLite). */
export function openStore(spec: string = DEFAULT_DB): EventStore {
  if (/^postgres(?:ql)?:\/\//i.test(spec)) {
    throw new ReadoutError('E_STORE', 'PostgreSQL storage is not available in this version; use a SQLite file path', spec);
  }
  return new SqliteStore(spec);
}
