import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/defaultPipeline.js';

const pipeline = createPipeline();

function events(text: string, date = '2023-06-19'): string[] {
  return pipeline.processText(text, { date }).events.map((e) => `${e.code} ${e.source.code}→${e.target.code}`);
}

describe('acts within one state (invented wire-news sentences)', () => {
  it('codes a government acting on its own opposition, not on the town where it happened', () => {
    expect(events('Kenyan police arrested members of the Kenyan opposition in Nairobi on Tuesday.')).toContain('173 KENCOP→KENOPP');
  });

  it('takes the first actor after the verb, of the same state or another', () => {
    expect(events('Kenya is investigating abuses by Kenyan police against Somali refugees.')).toEqual(['092 KEN→KENCOP']);
  });

  it('codes an act with no other party in a one-state text as done to that state', () => {
    expect(events('Egyptian riot police dispersed the protesters with tear gas.')).toEqual(['175 EGYCOP→EGYOPP']);
    expect(events('The Ethiopian government lifted the state of emergency on Friday.')).toEqual(['0814 ETHGOV→ETH']);
    expect(events('Zimbabwean police detained opposition activists in Harare.')).toEqual(['173 ZWECOP→ZWEOPP']);
  });

  it('still gives an act another state when one is named, and the counterpart in a readout', () => {
    expect(events('Colombian troops shelled rebel positions near the Venezuelan border town of San Antonio.').some((e) => e.endsWith('→VEN'))).toBe(true);
    expect(events('Secretary Blinken met Chinese Foreign Minister Qin Gang. The Secretary raised concerns.')).toContain('110 USAGOV→CHNGOV');
  });

  it('addresses an opposition’s words with no addressee to its own state', () => {
    expect(events('The Kenyan opposition agreed to postpone the rally in Nairobi.')).toEqual(['0352 KENOPP→KEN']);
  });

  it('never codes a government against itself: words with no addressee have no target', () => {
    expect(events('Secretary Blinken reaffirmed the United States’ commitment to human rights.')).toEqual(['030 USAGOV→---']);
  });
});
