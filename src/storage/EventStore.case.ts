import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { EventStore } from './EventStore.js';

/** A minimal valid record; the store must keep whatever the pipeline gives it. */
export function record(id: string, body: string, extra: Partial<DocumentRecord> = {}): DocumentRecord {
  const sentences = body
    .split(/(?<=\.) /)
    .reduce<{ index: number; start: number; end: number; text: string }[]>((acc, text) => {
      const start = acc.length ? acc[acc.length - 1]!.end + 1 : 0;
      acc.push({ index: acc.length, start, end: start + text.length, text });
      return acc;
    }, []);
  const hash = Array.from(`${id}|${body}`).reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7).toString(16).padStart(8, '0').repeat(8);
  return {
    id,
    title: `Title of ${id}`,
    publisher: 'The White House',
    speaker: null,
    speakerTitle: null,
    published: '2024-01-02',
    referenceDate: '2024-01-02',
    url: null,
    text: body,
    sentences,
    meeting: null,
    participants: [],
    events: [],
    topics: [],
    commitments: [],
    source: { origin: `${id}.txt`, format: 'text', hash },
    provenance: { title: { value: `Title of ${id}`, from: 'input' }, publisher: null, speaker: null, published: null, referenceDate: null },
    removed: [{ rule: 'end-marker', text: '###' }],
    warnings: [],
    ...extra,
  };
}

/**
 * The contract every EventStore implementation passes (Hono's shared case suite). Each
 * implementation's test calls this with a factory for a fresh, empty store.
 */
export function runStoreContract(name: string, open: () => Promise<EventStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores a document and gives back the same record', async () => {
      const r = record('a', 'First sentence. Second sentence.');
      expect(await store.putDocument(r)).toMatchObject({ status: 'inserted', id: 'a', version: 1 });
      expect(await store.getDocument('a')).toEqual(r);
      expect(await store.countDocuments()).toBe(1);
    });

    it('stores the same content once', async () => {
      const r = record('a', 'Same text.');
      await store.putDocument(r);
      expect(await store.putDocument(r)).toMatchObject({ status: 'unchanged', version: 1 });
      expect(await store.countDocuments({ allVersions: true })).toBe(1);
    });

    it('keeps a changed document under the same id as a new version', async () => {
      await store.putDocument(record('a', 'Old text.'));
      expect(await store.putDocument(record('a', 'New text. More.'))).toMatchObject({ status: 'new-version', version: 2 });
      expect(await store.countDocuments()).toBe(1);
      expect(await store.countDocuments({ allVersions: true })).toBe(2);
      expect((await store.getDocument('a'))?.text).toBe('New text. More.');
      expect((await store.getDocument('a', 1))?.text).toBe('Old text.');
      const list = await store.listDocuments();
      expect(list.map((d) => [d.id, d.version, d.sentences])).toEqual([['a', 2, 2]]);
    });

    it('finds a document by a unique prefix of its hash', async () => {
      const r = record('b', 'Text.');
      await store.putDocument(r);
      expect((await store.getDocument(r.source.hash.slice(0, 10)))?.id).toBe('b');
      expect(await store.getDocument('nope')).toBeNull();
    });

    it('lists by publication date with limit and offset, and exports every latest record', async () => {
      await store.putDocument(record('late', 'Late.', { published: '2024-05-01' }));
      await store.putDocument(record('early', 'Early.', { published: '2023-01-01' }));
      await store.putDocument(record('undated', 'Undated.', { published: null }));
      expect((await store.listDocuments()).map((d) => d.id)).toEqual(['early', 'late', 'undated']);
      expect((await store.listDocuments({ limit: 1, offset: 1 })).map((d) => d.id)).toEqual(['late']);
      const exported: string[] = [];
      for await (const r of store.exportDocuments()) exported.push(r.id);
      expect(exported).toEqual(['early', 'late', 'undated']);
    });
  });
}
