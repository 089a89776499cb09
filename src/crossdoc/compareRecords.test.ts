import { describe, expect, it } from 'vitest';
import { compareRecords } from './compareRecords.js';
import { CN_CALL, record, US_CALL } from './inventedCall.case.js';

// Two invented accounts of one invented call (see inventedCall.case.ts).
const us = record(US_CALL);
const cn = record(CN_CALL);

describe('compareRecords', () => {
  const c = compareRecords(us, cn);

  it('sees one meeting in the two accounts', () => {
    expect(c.meeting).toEqual({ same: true, differences: [] });
    expect(c.parties).toEqual(['USA', 'CHN']);
    expect([c.a.id, c.b.id]).toEqual(['us-call', 'cn-call']);
  });

  it('aligns topics: reported by both first, then only A, then only B', () => {
    expect(c.topics.map((t) => [t.id, t.reportedBy])).toEqual([
      ['counternarcotics', 'both'],
      ['south-china-sea', 'a'],
      ['taiwan', 'b'],
    ]);
    const taiwan = c.topics.find((t) => t.id === 'taiwan')!;
    expect(taiwan.a).toBeNull();
    expect(taiwan.stances).toEqual([{ party: 'CHN', a: null, b: 'concern', differs: true }]);
  });

  it('gives each party’s stance in each document and says where they differ', () => {
    const drugs = c.topics.find((t) => t.id === 'counternarcotics')!;
    expect(drugs.stances).toEqual([
      { party: 'USA', a: 'cooperation', b: 'agreement', differs: true },
      { party: 'CHN', a: 'cooperation', b: 'agreement', differs: true },
    ]);
  });

  it('keeps the evidence: each topic’s sentences and cue words are where the text says them', () => {
    const scs = c.topics.find((t) => t.id === 'south-china-sea')!.a!;
    expect(scs.sentences).toEqual([{ sentence: 1, start: us.sentences[1]!.start, end: us.sentences[1]!.end }]);
    const cue = scs.cues[0]!;
    expect(us.text.slice(cue.start, cue.end)).toBe('South China Sea');
    const taiwan = c.topics.find((t) => t.id === 'taiwan')!.b!;
    expect(cn.text.slice(taiwan.cues[0]!.start, taiwan.cues[0]!.end)).toBe('Taiwan question');
  });

  it('says who raised what: the source parties of the events in the topic’s sentences', () => {
    const raised = (id: string, side: 'a' | 'b') => c.topics.find((t) => t.id === id)![side]?.raisedBy.map((r) => [r.party, r.events.map((e) => e.code)]);
    expect(raised('south-china-sea', 'a')).toEqual([['USA', ['110']]]);
    expect(raised('taiwan', 'b')).toEqual([['CHN', ['120']]]);
    expect(raised('counternarcotics', 'a')).toEqual([
      ['USA', ['040']],
      ['CHN', ['040']],
    ]);
    const opposed = c.topics.find((t) => t.id === 'taiwan')!.b!.raisedBy[0]!.events[0]!;
    expect(cn.text.slice(opposed.start, opposed.end)).toBe('opposed');
  });

  it('compares tone by mean Goldstein, leaving out what the text says did not happen', () => {
    expect(c.tone.a).toMatchObject({ events: 6, negated: 0, meanGoldstein: 1, quads: { verbalCooperation: 5, materialCooperation: 0, verbalConflict: 1, materialConflict: 0 } });
    // 1 + 1 − 4 + 4 + 4 + 4 over six events; the negated rejection (−4) is not counted.
    expect(c.tone.b).toMatchObject({ events: 6, negated: 1, meanGoldstein: 1.67, quads: { verbalCooperation: 5, verbalConflict: 1 } });
    expect(c.tone.difference).toBe(0.67);
    expect(c.tone.byParty).toEqual([
      { party: 'USA', a: 1, b: 2.5, difference: 1.5 },
      { party: 'CHN', a: 1, b: 1.25, difference: 0.25 },
    ]);
  });

  it('lists each side’s participants and marks those named in both', () => {
    expect(c.participants.a.map((p) => [p.name, p.role, p.inOther])).toEqual([
      ['Dana Quist', 'principal', true],
      ['Li Wenhai', 'counterpart', true],
    ]);
    const other = compareRecords(us, record({ ...CN_CALL, participants: [['Zhou Ming', 'principal', 'CHNGOV', 0]], sentences: ['Vice Minister Zhou Ming held a phone call with Secretary Dana Quist.', ...CN_CALL.sentences.slice(1)] }));
    expect(other.participants.b.map((p) => [p.name, p.inOther])).toEqual([['Zhou Ming', false]]);
  });

  it('pairs commitments that share action words or a topic, and says which', () => {
    expect(c.commitments.a.map((m) => [m.action, m.words, m.topics])).toEqual([['maintain open lines of communication', ['open', 'line', 'communication'], []]]);
    expect(c.commitments.b.map((m) => m.topics)).toEqual([['counternarcotics'], []]);
    expect(c.commitments.matches).toEqual([{ a: 0, b: 1, topics: [], words: ['open', 'communication'] }]);
    const promise = c.commitments.b[1]!.anchor;
    expect(cn.text.slice(promise.start, promise.end)).toBe('keep communication channels open');
    const both = compareRecords(record({ ...US_CALL, commitments: [[2, 'discussed counternarcotics cooperation', ['USA']]] }), cn);
    expect(both.commitments.matches).toEqual([{ a: 0, b: 0, topics: ['counternarcotics'], words: ['counternarcotic'] }]);
  });

  it('is plain data: it survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('tells a call from a visit on another day, and a document with no meeting from both', () => {
    const visit = compareRecords(us, record({ ...CN_CALL, meeting: { kind: 'visit', parties: ['CHN', 'USA'], start: '2024-05-02' } }));
    expect(visit.meeting).toEqual({ same: false, differences: ['kind', 'dates'] });
    expect(compareRecords(us, record({ ...CN_CALL, meeting: null })).meeting).toEqual({ same: false, differences: [] });
  });
});
