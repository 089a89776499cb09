import { describe, expect, it } from 'vitest';
import type { Meeting } from '../model/Meeting.js';
import type { StoredCommitment, StoredMeeting } from '../storage/EventStore.js';
import { followCommitments } from './followCommitments.js';
import { groupMeetings } from './groupMeetings.js';

const stored = (id: string, kind: Meeting['kind'], start: string, parties: string[], publisher = 'The White House'): StoredMeeting => ({
  id,
  hash: `h-${id}`,
  title: id,
  publisher,
  published: start,
  meeting: { kind, location: null, start, end: start, parties, occasion: null, evidence: { kind: { sentence: 0, span: null, rule: 'met' }, location: null, dates: null } },
});

const promise = (id: string, made: string, action: string, due: string | null = null): StoredCommitment => ({
  id,
  hash: `h-${id}`,
  published: made,
  referenceDate: made,
  index: 0,
  dyad: 'CHN-USA',
  commitment: { sentence: 3, parties: ['USA', 'CHN'], cue: 'agree', action, object: null, due, status: 'open', span: { start: 0, end: 5 } },
});

const rules = [
  { words: ['call'], kinds: ['call' as const] },
  { words: ['visit', 'reciprocal visit'], kinds: ['visit' as const, 'meeting' as const] },
];

describe('across documents', () => {
  it('one meeting reported by both governments is one meeting; a call the same day is another', () => {
    const groups = groupMeetings([
      stored('us-readout', 'visit', '2023-06-18', ['USA', 'CHN'], 'U.S. Department of State'),
      stored('prc-readout', 'meeting', '2023-06-19', ['CHN', 'USA'], 'Ministry of Foreign Affairs of the PRC'),
      stored('call', 'call', '2023-06-19', ['USA', 'CHN']),
      stored('other-dyad', 'visit', '2023-06-18', ['USA', 'JPN']),
    ]);
    expect(groups.map((g) => [g.kind, g.dyad, g.sources.map((s) => s.id)])).toEqual([
      ['visit', 'CHN-USA', ['us-readout', 'prc-readout']],
      ['call', 'CHN-USA', ['call']],
      ['visit', 'JPN-USA', ['other-dyad']],
    ]);
    expect(groups[0]?.end).toBe('2023-06-19');
  });

  it('a later visit fulfils a promised visit; a promised call with a past due date and no call is overdue', () => {
    const out = followCommitments(
      [promise('june', '2023-06-19', 'schedule a reciprocal visit'), promise('june-call', '2023-06-19', 'hold a call', '2023-09-01'), promise('june-vague', '2023-06-19', 'continue discussions')],
      [stored('june', 'visit', '2023-06-18', ['USA', 'CHN']), stored('october', 'visit', '2023-10-26', ['CHN', 'USA']), stored('tokyo', 'call', '2023-08-01', ['USA', 'JPN'])],
      rules,
      '2024-01-01',
    );
    expect(out.map((c) => [c.id, c.status, c.fulfilledBy?.id ?? null])).toEqual([
      ['june', 'fulfilled', 'october'],
      ['june-call', 'overdue', null],
      ['june-vague', 'open', null],
    ]);
  });
});
