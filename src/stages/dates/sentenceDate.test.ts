import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model/Doc.js';
import type { Sentence } from '../../model/Sentence.js';
import { eventDate, sentenceDate } from './sentenceDate.js';

/** Only what sentenceDate reads of a document and a sentence. */
function date(text: string, reference: string | null) {
  const doc = { sentenceDates: new Map(), meta: { referenceDate: reference ? { value: reference, from: 'input' } : null } } as unknown as Doc;
  const s = { index: 0, text } as Sentence;
  return { found: sentenceDate(doc, s), event: eventDate(doc, s), text };
}

describe('sentenceDate', () => {
  it('reads the first date word and where it stands', () => {
    const { found, text } = date('The Secretary traveled to Beijing from June 18-19, 2023, for talks.', '2023-06-20');
    expect(found).toMatchObject({ start: '2023-06-18', end: '2023-06-19', complete: true });
    expect(text.slice(found!.index, found!.index + found!.length)).toContain('June 18-19');
  });

  it('finds a date far into a long sentence', () => {
    const { found, text } = date(`${'The two sides exchanged views on a wide range of issues of common concern and '.repeat(4)}agreed to meet again on 21 February 2024.`, '2024-01-10');
    expect(found?.start).toBe('2024-02-21');
    expect(text.slice(found!.index, found!.index + found!.length)).toMatch(/^(?:on )?21 February 2024$/);
  });

  it('takes "today" before a later date as the reference day', () => {
    const { found, event } = date('President Biden met today with the Secretary General to discuss the June 14 NATO Summit.', '2021-06-07');
    expect(found).toMatchObject({ start: '2021-06-07', complete: false });
    expect(event).toBe('2021-06-07');
  });

  it('gives durations, clock times and "years ago" no date of their own', () => {
    expect(date('They agreed to extend the treaty for five years and to complete the extension by February 5.', '2021-01-26').found?.start).toBe('2021-02-05');
    expect(date('The alliance went to war 20 years ago against those who struck on September 11th.', '2021-08-14').found?.start).toBe('2021-09-11');
    expect(date('The ministers met on Monday, February 21 at 17:00 (GMT +2).', '2022-02-22').found?.start).toBe('2022-02-21');
  });

  it('with no reference date, only a date written out in full dates an event', () => {
    expect(date('They spoke on Tuesday.', null).event).toBeNull();
    expect(date('They spoke on 5 March 2024.', null).event).toBe('2024-03-05');
  });
});
