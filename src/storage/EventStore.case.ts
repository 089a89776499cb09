import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { CodedEvent } from '../model/Event.js';
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

/** An event of `code` from one party to another in sentence `sentence`, dated `date`. */
export function event(code: string, quad: number, goldstein: number, source: string | null, target: string | null, sentence: number, date: string): CodedEvent {
  const actor = (party: string | null) => ({ code: party ? `${party}GOV` : '---', party, name: party ?? '', span: null });
  return {
    code,
    root: code.slice(0, 2),
    name: `code ${code}`,
    quad,
    goldstein,
    plover: null,
    source: actor(source),
    target: actor(target),
    sentence,
    span: { start: 0, end: 3 },
    evidence: 'met',
    pattern: 'p1',
    date,
    negated: false,
    modality: 'asserted',
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

    it('stores a batch in one call, in its order, and a batch written again stores nothing twice', async () => {
      const jan = record('jan', 'Met.', { referenceDate: '2024-01-10', events: [event('040', 1, 1.5, 'USA', 'CHN', 0, '2024-01-10'), event('111', 3, -2, 'USA', 'CHN', 0, '2024-01-10')] });
      const old = record('b', 'Old.', { events: [event('190', 4, -10, 'USA', 'CHN', 0, '2024-01-01')] });
      const corrected = record('b', 'Corrected.', { events: [event('057', 1, 8, 'CHN', 'USA', 0, '2024-01-20')] });
      const batch = [jan, old, corrected, jan];
      expect((await store.putDocuments(batch)).map((r) => [r.status, r.id, r.version])).toEqual([
        ['inserted', 'jan', 1],
        ['inserted', 'b', 1],
        ['new-version', 'b', 2],
        ['unchanged', 'jan', 1],
      ]);
      const revision = await store.revision();
      expect((await store.putDocuments(batch)).map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
      expect(await store.revision()).toBe(revision);
      expect(await store.putDocuments([])).toEqual([]);
      expect(await store.countDocuments({ allVersions: true })).toBe(3);
      expect((await store.getDocument('b'))?.text).toBe('Corrected.');
      // The summary behind the timeline counts the batch's latest versions only, as single writes would.
      expect(await store.dyadTimeline('USA-CHN')).toEqual([{ month: '2024-01', quads: [2, 0, 1, 0], events: 3, goldstein: 2.5 }]);
    });

    it('changes its revision when a document is stored, not when nothing changed', async () => {
      const r = record('rev', 'Text.');
      const before = await store.revision();
      await store.putDocument(r);
      const after = await store.revision();
      expect(after).not.toBe(before);
      await store.putDocument(r);
      expect(await store.revision()).toBe(after);
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

    it('searches words whatever their case, accents and punctuation', async () => {
      await store.putDocument(record('es', 'Foreign Minister José Manuel Albares met the U.S. delegation. Co-operation on trade was discussed.'));
      await store.putDocument(record('other', 'Nothing of the sort.'));
      const ids = async (q: string) => (await store.searchDocuments({ q })).items.map((d) => d.id);
      expect(await ids('jose ALBARES')).toEqual(['es']);
      expect(await ids('JOSÉ')).toEqual(['es']);
      expect(await ids('"U.S. delegation"')).toEqual(['es']);
      expect(await ids('co-operation')).toEqual(['es']);
      expect(await ids('"operation on trade"')).toEqual(['es']);
      expect(await ids('"trade on operation"')).toEqual([]);
      expect(await ids('deleg*')).toEqual(['es']);
      expect(await ids('Sort.')).toEqual(['other']);
      expect(await ids('sor')).toEqual([]);
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

    it('filters, pages and aggregates events, topics and documents of the latest versions', async () => {
      const topic = (id: string, sentences: number[]) => ({ id, label: id.toUpperCase(), sentences, cues: [], stance: {} });
      const person = (name: string) => ({ name, title: null, country: 'USA', actor: 'USAGOV', role: 'principal' as const, mentions: [] });
      await store.putDocument(
        record('jan', 'The Secretary met Wang Yi. They discussed Taiwan. He criticised tariffs.', {
          referenceDate: '2024-01-10',
          publisher: 'U.S. Department of State',
          participants: [person('Antony Blinken')],
          events: [event('040', 1, 1, 'USA', 'CHN', 0, '2024-01-10'), event('111', 3, -2, 'USA', 'CHN', 2, '2024-01-10'), event('010', 1, 0, 'USA', null, 1, '2024-01-10')],
          topics: [topic('taiwan', [1]), topic('trade', [2])],
        }),
      );
      await store.putDocument(
        record('feb', 'Both sides agreed on flights. China condemned the sanctions.', {
          referenceDate: '2024-02-03',
          publisher: 'Ministry of Foreign Affairs of the PRC',
          events: [event('057', 1, 8, 'CHN', 'USA', 0, '2024-02-03'), event('122', 3, -4, 'CHN', 'USA', 1, '2024-02-03'), event('040', 1, 1, 'USA', 'JPN', 0, '2024-02-03')],
          topics: [topic('flights', [0]), topic('taiwan', [1])],
        }),
      );
      // A superseded version's events count for nothing.
      await store.putDocument(record('old', 'Old.', { referenceDate: '2024-01-01', events: [event('190', 4, -10, 'USA', 'CHN', 0, '2024-01-01')] }));
      await store.putDocument(record('old', 'Old, corrected.', { referenceDate: '2024-01-01' }));

      const all = await store.listEvents({ dyad: 'CHN-USA' });
      expect(all.total).toBe(4);
      expect(all.items.map((e) => [e.id, e.event.code])).toEqual([
        ['jan', '040'],
        ['jan', '111'],
        ['feb', '057'],
        ['feb', '122'],
      ]);
      expect(all.items[1]).toMatchObject({ index: 1, publisher: 'U.S. Department of State', sentenceText: 'He criticised tariffs.' });
      const page = await store.listEvents({ dyad: 'USA-CHN', limit: 2, offset: 2 });
      expect([page.total, page.items.map((e) => e.event.code)]).toEqual([4, ['057', '122']]);
      expect((await store.listEvents({ quad: 3 })).items.map((e) => e.event.code)).toEqual(['111', '122']);
      expect((await store.listEvents({ root: '04', from: '2024-02-01' })).items.map((e) => e.id)).toEqual(['feb']);
      expect((await store.listEvents({ topic: 'taiwan' })).items.map((e) => e.event.code)).toEqual(['010', '122']);
      expect((await store.listEvents({ document: 'jan', country: 'CHN' })).total).toBe(2);
      await expect(store.listEvents({ dyad: 'USA' })).rejects.toThrow(/two different party codes/);

      expect(await store.dyadTimeline('USA-CHN')).toEqual([
        { month: '2024-01', quads: [1, 0, 1, 0], events: 2, goldstein: -0.5 },
        { month: '2024-02', quads: [1, 0, 1, 0], events: 2, goldstein: 2 },
      ]);
      expect((await store.dyadTimeline('USA-CHN', { from: '2024-02-01' })).map((m) => m.month)).toEqual(['2024-02']);
      expect(await store.dyadTopics('CHN-USA')).toEqual([
        { topic: 'taiwan', label: 'TAIWAN', documents: 2, months: [{ month: '2024-01', documents: 1 }, { month: '2024-02', documents: 1 }] },
        { topic: 'flights', label: 'FLIGHTS', documents: 1, months: [{ month: '2024-02', documents: 1 }] },
        { topic: 'trade', label: 'TRADE', documents: 1, months: [{ month: '2024-01', documents: 1 }] },
      ]);
      expect((await store.listDyads()).map((d) => [d.dyad, d.events, d.documents, d.first, d.last])).toEqual([
        ['CHN-USA', 4, 2, '2024-01-10', '2024-02-03'],
        ['JPN-USA', 1, 1, '2024-02-03', '2024-02-03'],
      ]);

      expect(await store.searchPeople('blinken')).toEqual([{ name: 'Antony Blinken', title: null, country: 'USA', actor: 'USAGOV', documents: 1, present: 1, last: '2024-01-10' }]);
      expect(await store.searchPeople('antony BLINK')).toHaveLength(1);
      expect(await store.searchPeople('%')).toEqual([]);
      expect(await store.searchPeople('Wang')).toEqual([]);
      const ids = async (q: Parameters<EventStore['searchDocuments']>[0]) => (await store.searchDocuments(q)).items.map((d) => d.id);
      expect(await ids({ q: 'tariffs' })).toEqual(['jan']);
      expect(await ids({ q: 'Blinken' })).toEqual(['jan']);
      expect(await ids({ q: '"agreed on flights"' })).toEqual(['feb']);
      expect(await ids({ q: 'condemn*' })).toEqual(['feb']);
      expect(await ids({ q: 'Old' })).toEqual(['old']);
      expect(await ids({ q: 'AND OR NEAR( " *' })).toEqual([]);
      expect(await ids({ topic: 'taiwan' })).toEqual(['jan', 'feb']);
      expect(await ids({ country: 'JPN' })).toEqual(['feb']);
      expect(await ids({ publisher: 'U.S. Department of State' })).toEqual(['jan']);
      expect(await ids({ from: '2024-01-05', to: '2024-01-31' })).toEqual(['jan']);
      expect(await store.searchDocuments({ limit: 1, offset: 1 })).toMatchObject({ total: 3, items: [{ id: 'jan' }] });
    });
  });
}
