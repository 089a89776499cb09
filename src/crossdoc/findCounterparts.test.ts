import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../storage/sqlite/SqliteStore.js';
import { findCounterparts } from './findCounterparts.js';
import { CN_CALL, record, US_CALL } from './inventedCall.case.js';

// Invented accounts (see inventedCall.case.ts): the call as two governments report it, a second
// State Department note on the same call, the same pair's call a month later, and a call with another state.
const us = record(US_CALL);
const cn = record(CN_CALL);
const note = record({ ...US_CALL, id: 'us-call-note' });
const later = record({ ...CN_CALL, id: 'cn-april', meeting: { kind: 'call', parties: ['CHN', 'USA'], start: '2024-04-15' } });
const japan = record({ ...US_CALL, id: 'jp-call', meeting: { kind: 'call', parties: ['USA', 'JPN'], start: '2024-03-11' } });

describe('findCounterparts', () => {
  const stores: SqliteStore[] = [];
  const storeWith = async (...records: ReturnType<typeof record>[]) => {
    const store = new SqliteStore(':memory:');
    stores.push(store);
    for (const r of records) await store.putDocument(r);
    return store;
  };
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });

  it('finds the other government’s account of a stored call, before one of the same publisher', async () => {
    const store = await storeWith(note, us, cn, later, japan);
    const found = await findCounterparts(us, store);
    expect(found.map((f) => [f.id, f.otherPublisher])).toEqual([
      ['cn-call', true],
      ['us-call-note', false],
    ]);
    expect((await findCounterparts(cn, store)).map((f) => f.id)).toEqual(['us-call', 'us-call-note']);
  });

  it('places a document that is not stored among the stored meetings', async () => {
    const store = await storeWith(cn, later);
    expect((await findCounterparts(us, store)).map((f) => f.id)).toEqual(['cn-call']);
  });

  it('proposes nothing when no other document reports the meeting, or the document reports none', async () => {
    const store = await storeWith(us, later, japan);
    expect(await findCounterparts(us, store)).toEqual([]);
    expect(await findCounterparts(record({ ...CN_CALL, meeting: null }), store)).toEqual([]);
  });
});
