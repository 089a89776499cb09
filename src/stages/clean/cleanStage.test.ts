import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/defaultPipeline.js';

const pipeline = createPipeline();
const clean = (body: string, format: 'text' | 'html' = 'text') => pipeline.processText(body, { format });

describe('cleaning', () => {
  it('drops a footer and everything after it only once the body has begun', () => {
    const r = clean('The White House\n\nThe President spoke with the Chancellor.\n\nThe White House\n\nMore readouts\n\nRelated: Something else');
    expect(r.text).toBe('The President spoke with the Chancellor.');
    expect(r.publisher).toBe('The White House');
    expect(r.removed.map((x) => x.rule)).toEqual(['publisher-line', 'publisher-line', 'after-publisher-line', 'after-publisher-line']);
  });

  it('strips a dateline that opens the body and reads its date', () => {
    const r = clean('WASHINGTON, June 19, 2023 — The Secretary met the Minister. They agreed to talk again.');
    expect(r.text).toBe('The Secretary met the Minister. They agreed to talk again.');
    expect(r.published).toBe('2023-06-19');
    expect(r.provenance.published).toMatchObject({ from: 'text', rule: 'dateline-prefix' });
  });

  it('reads a title line of plain text and keeps a lone line as the body', () => {
    const r = clean('Readout of the Secretary’s Call with the Foreign Minister of Examplia\n\nThe Secretary spoke today with the Foreign Minister.');
    expect(r.title).toBe('Readout of the Secretary’s Call with the Foreign Minister of Examplia');
    expect(r.text).toBe('The Secretary spoke today with the Foreign Minister.');
    expect(clean('Talks In Oslo').text).toBe('Talks In Oslo');
  });

  it('keeps body paragraphs that merely mention chrome words', () => {
    const body = 'The Secretary said the Department of State will share information on the official website.\n\nHome ministers met too.';
    expect(clean(body).text).toBe('The Secretary said the Department of State will share information on the official website.\n\nHome ministers met too.');
  });

  it('reads the publisher and date lines of a GOV.UK-style page and a ministry footer', () => {
    const r = clean('Press release\n\nPM call with President of Examplia: 3 March 2024\n\nFrom: Prime Minister’s Office, 10 Downing Street\n\nPublished 3 March 2024\n\nThe Prime Minister spoke to the President this afternoon. They agreed to stay in close contact.\n\nShare this page');
    expect(r.publisher).toBe('Prime Minister\'s Office, 10 Downing Street');
    expect(r.published).toBe('2024-03-03');
    expect(r.text).toBe('The Prime Minister spoke to the President this afternoon. They agreed to stay in close contact.');
    const m = clean('The Foreign Minister received the Ambassador of Examplia. They discussed trade.\n\nMinistry of Foreign Affairs of the Republic of Examplia\n\nLatest news: The Minister visits Oslo and Bergen this week');
    expect(m.publisher).toBe('Ministry of Foreign Affairs of the Republic of Examplia');
    expect(m.text).toBe('The Foreign Minister received the Ambassador of Examplia. They discussed trade.');
  });

  it('removes invisible characters and collapses space', () => {
    expect(clean('The\u00a0Secretary\u200b met\u200e  the\tMinister.').text).toBe('The Secretary met the Minister.');
  });

  it('refuses a text that is nothing but site chrome', () => {
    expect(() => clean('The White House')).toThrowError(/nothing is left after removing site chrome/);
    expect(() => clean('Official websites use .gov\n\nShare this page')).toThrowError(/nothing is left/);
  });

  it('refuses an HTML page that has no article body', () => {
    expect(() => clean('<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024</footer></body></html>', 'html')).toThrowError(/no article body/);
  });
});
