import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runStoreContract } from '../EventStore.case.js';
import { SqliteStore } from './SqliteStore.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-sqlite-'));
let n = 0;
runStoreContract('sqlite', async () => new SqliteStore(join(dir, `contract-${n++}.db`)));

describe('SqliteStore', () => {
  it('uses WAL and records the schema version', async () => {
    const path = join(dir, 'wal.db');
    await new SqliteStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a file that is not a database, naming it', () => {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'this is not sqlite, just text that is long enough to fill a header page'.repeat(10));
    expect(() => new SqliteStore(path)).toThrowError(/not a database/);
  });

  it('refuses a database from a newer readout', async () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => new SqliteStore(path)).toThrowError(/newer than this readout/);
  });
});
