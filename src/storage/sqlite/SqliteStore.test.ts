import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { event, record, runStoreContract } from '../EventStore.case.js';
import { MIGRATIONS } from './migrations.js';
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
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('upgrades a database of the first schema: meetings, events, topics and search of stored records included', async () => {
    const path = join(dir, 'v1.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!.sql);
    old.pragma('user_version = 1');
    const r = record('m', 'They met.', { meeting: { kind: 'visit', location: null, start: '2023-06-18', end: '2023-06-19', parties: ['USA', 'CHN'], occasion: null, evidence: { kind: { sentence: 0, span: null, rule: 'met' }, location: null, dates: null } },
      events: [event('042', 1, 1.9, 'USA', 'CHN', 0, '2023-06-18')],
      topics: [{ id: 'taiwan', label: 'Taiwan', sentences: [0], cues: [], stance: {} }],
      participants: [{ name: 'Jane Example', title: 'Secretary of State', country: 'USA', actor: 'USAGOV', role: 'principal', mentions: [] }],
    });
    const { text, sentences, ...rest } = r;
    old.prepare('INSERT INTO documents (hash, id, version, title, publisher, speaker, published, reference_date, url, text, record, sentence_count, ingested_at) VALUES (?, ?, 1, ?, ?, NULL, ?, ?, NULL, ?, ?, ?, ?)').run(r.source.hash, r.id, r.title, r.publisher, r.published, r.referenceDate, text, JSON.stringify(rest), sentences.length, '2024-01-01T00:00:00Z');
    old.close();
    const store = new SqliteStore(path);
    expect((await store.listMeetings({ dyad: 'USA-CHN' })).map((m) => [m.id, m.meeting.kind, m.meeting.end])).toEqual([['m', 'visit', '2023-06-19']]);
    expect(await store.dyadTimeline('CHN-USA')).toEqual([{ month: '2023-06', quads: [1, 0, 0, 0], events: 1, goldstein: 1.9 }]);
    expect((await store.searchDocuments({ q: 'met', topic: 'taiwan' })).items.map((d) => d.id)).toEqual(['m']);
    expect((await store.searchPeople('jane')).map((p) => [p.name, p.present])).toEqual([['Jane Example', 1]]);
    await store.close();
  });

  it('finds the same documents by search after VACUUM renumbers rows', async () => {
    const path = join(dir, 'vacuum.db');
    const store = new SqliteStore(path);
    for (const [id, body] of [['one', 'Alpha met Beta.'], ['two', 'Gamma spoke with Delta.'], ['three', 'Epsilon visited Zeta.']]) await store.putDocument(record(id!, body!));
    await store.putDocument(record('one', 'Alpha met Beta again.'));
    const db = new Database(path);
    db.exec('DELETE FROM documents WHERE id = \'one\' AND version = 1; VACUUM;');
    db.close();
    expect((await store.searchDocuments({ q: 'gamma' })).items.map((d) => d.id)).toEqual(['two']);
    expect((await store.searchDocuments({ q: 'zeta' })).items.map((d) => d.id)).toEqual(['three']);
    expect((await store.searchDocuments({ q: 'again' })).items.map((d) => d.id)).toEqual(['one']);
    await store.close();
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
