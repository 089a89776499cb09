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

    it('lists the meetings and commitments of the latest versions, by dyad and date', async () => {
      const meeting = (kind: 'visit' | 'call', start: string, parties: string[]): DocumentRecord['meeting'] => ({
        kind,
        location: null,
        start,
        end: start,
        parties,
        occasion: null,
        evidence: { kind: { sentence: 0, span: { start: 0, end: 4 }, rule: 'met' }, location: null, dates: null },
      });
      const commitment = { sentence: 0, parties: ['USA', 'CHN'], cue: 'agree' as const, action: 'schedule a reciprocal visit', object: null, due: null, status: 'open' as const, span: { start: 0, end: 10 } };
      await store.putDocument(record('v1', 'They met.', { referenceDate: '2023-06-19', meeting: meeting('visit', '2023-06-18', ['USA', 'CHN']), commitments: [commitment] }));
      await store.putDocument(record('c1', 'They spoke.', { referenceDate: '2023-08-01', meeting: meeting('call', '2023-08-01', ['USA', 'JPN']) }));
      await store.putDocument(record('v2', 'They met again.', { referenceDate: '2023-10-27', meeting: meeting('visit', '2023-10-26', ['CHN', 'USA']) }));
      expect((await store.listMeetings()).map((m) => m.id)).toEqual(['v1', 'c1', 'v2']);
      expect((await store.listMeetings({ dyad: 'CHN-USA' })).map((m) => m.id)).toEqual(['v1', 'v2']);
      expect((await store.listMeetings({ dyad: 'USA-CHN', from: '2023-07-01' })).map((m) => m.id)).toEqual(['v2']);
      const listed = await store.listCommitments({ dyad: 'USA-CHN' });
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ id: 'v1', index: 0, dyad: 'CHN-USA', referenceDate: '2023-06-19', commitment });
      expect(await store.listCommitments({ dyad: 'USA-JPN' })).toEqual([]);
      // A new version replaces the old one's meeting and commitments.
      await store.putDocument(record('v1', 'They met. Changed.', { referenceDate: '2023-06-19', meeting: meeting('call', '2023-06-18', ['USA', 'CHN']) }));
      expect((await store.listMeetings({ dyad: 'USA-CHN' })).map((m) => [m.id, m.meeting.kind])).toEqual([
        ['v1', 'call'],
        ['v2', 'visit'],
      ]);
      expect(await store.listCommitments()).toEqual([]);
    });
  });
}
