import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/defaultPipeline.js';

const pipeline = createPipeline();
const split = (text: string) => pipeline.processText(text).sentences.map((s) => s.text);

describe('sentences', () => {
  it('do not end at initials, titles, "No." or month abbreviations', () => {
    expect(split('Secretary of State Antony J. Blinken met Amb. Linda Thomas-Greenfield and Gen. Mark Milley on Jan. 26-27 at No. 10 Downing Street. They left.')).toEqual([
      'Secretary of State Antony J. Blinken met Amb. Linda Thomas-Greenfield and Gen. Mark Milley on Jan. 26-27 at No. 10 Downing Street.',
      'They left.',
    ]);
  });

  it('keep "U.S." inside a sentence and inside hyphenated names, and end at it before a new sentence', () => {
    expect(split('The ROK-U.S. alliance and U.S. firms were discussed in the U.S. The talks ended.')).toEqual([
      'The ROK-U.S. alliance and U.S. firms were discussed in the U.S.',
      'The talks ended.',
    ]);
  });

  it('end after closing quotes and brackets, "?!" and a question before a dash, not at an ellipsis or initials', () => {
    expect(split('He said “we grew.” She left. (Laughter.) Did it grow?! Then what? — a pause… They met J.R. Smith and Mr. Lee on 5G. And then E.O. 14024 applied.')).toEqual([
      'He said “we grew.”',
      'She left.',
      '(Laughter.)',
      'Did it grow?!',
      'Then what?',
      '— a pause… They met J.R. Smith and Mr. Lee on 5G. And then E.O. 14024 applied.',
    ]);
  });

  it('keep an abbreviated given name with its name ("Md. Touhid Hossain")', () => {
    expect(split('The Minister met H.E. Mr. Md. Rafiqul Islam and Mohd. Azlan Hashim. They left.')).toEqual(['The Minister met H.E. Mr. Md. Rafiqul Islam and Mohd. Azlan Hashim.', 'They left.']);
  });

  it('continue after a full stop before a dash or a comma', () => {
    expect(split('Talks with the U.S. — a partner — went on. Fine., they said.')).toEqual(['Talks with the U.S. — a partner — went on.', 'Fine., they said.']);
  });

  it('never cross a paragraph', () => {
    expect(split('Talks were held in Bali\n\nThe leaders met')).toEqual(['Talks were held in Bali', 'The leaders met']);
  });
});

describe('tokens', () => {
  it('carry exact offsets and part-of-speech tags', () => {
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: 'Blinken traveled to Beijing.' });
    const words = Array.from({ length: doc.tokens.length }, (_, i) => `${doc.tokens.text(doc.text, i)}/${doc.tokens.posTag(i)}`);
    expect(words).toEqual(['Blinken/PROPN', 'traveled/VERB', 'to/ADP', 'Beijing/PROPN', './PUNCT']);
    expect(doc.sentences[0]).toMatchObject({ tokenStart: 0, tokenEnd: 5, paragraph: 0 });
  });

  it('keep "U.S." after a hyphen and a second initial run into a name ("A.Yu.Rudenko") one word each, at their offsets', () => {
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: 'The Japan-U.S. Alliance and A.Yu.Rudenko met.' });
    const words = Array.from({ length: doc.tokens.length }, (_, i) => doc.tokens.text(doc.text, i));
    expect(words).toEqual(['The', 'Japan', '-', 'U.S.', 'Alliance', 'and', 'A.', 'Yu.', 'Rudenko', 'met', '.']);
    expect(doc.tokens.words.slice(3, 4)).toEqual(['U.S.']);
    expect(doc.sentences).toHaveLength(1);
    // A full stop after a name run into "Mr." stays a full stop.
    const li = pipeline.run({ id: null, origin: 't', format: 'text', body: 'He met Mr.Li. Then he left.' });
    expect(Array.from({ length: li.tokens.length }, (_, i) => li.tokens.text(li.text, i)).slice(0, 5)).toEqual(['He', 'met', 'Mr.', 'Li', '.']);
  });
});

describe('tokens of a document', () => {
  it('do not depend on what the pipeline read before (wink caches "Iraq’s" whole once it has read "Iraq’s,")', () => {
    const words = (p: ReturnType<typeof createPipeline>, body: string) => p.run({ id: null, origin: 't', format: 'text', body }).tokens.words.join(' ');
    const text = 'The President affirmed support for Iraq’s sovereignty.';
    const fresh = createPipeline();
    const before = words(fresh, text);
    words(fresh, 'Defeating ISIS would help ensure Iraq’s, the region’s, and the world’s security.');
    expect(words(fresh, text)).toBe(before);
    expect(before).toBe('The President affirmed support for Iraq ’s sovereignty .');
  });
});

describe('a run of 256+ characters without a space (base64, data URLs)', () => {
  it('gets no tokens and leaves the sentences around it intact', () => {
    const run = 'ab+/'.repeat(25_000);
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: `The ministers met. ${run} They agreed.` });
    expect(doc.sentences.map((s) => s.text)).toEqual(['The ministers met.', 'They agreed.']);
    expect(doc.sentences[1]!.start).toBe(doc.text.indexOf('They agreed.'));
  });
});

describe('words beyond Latin-1', () => {
  it('stay whole where wink cuts them ("Erdo|ğ|an"), possessives too, and match the people dictionary', () => {
    const record = pipeline.processText('The Prime Minister met President Erdoğan of Türkiye and Foreign Minister Radosław Sikorski. He welcomed President Erdoğan’s proposal.', { date: '2024-07-10' });
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: record.text }, { date: '2024-07-10' });
    expect(doc.tokens.words).toContain('Erdoğan');
    expect(doc.tokens.words).toContain('Radosław');
    expect(doc.tokens.words).not.toContain('ğ');
    expect(doc.tokens.words.filter((w) => w === '’s')).toHaveLength(1);
    expect(record.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Recep Tayyip Erdoğan', 'Radosław Sikorski']));
  });

  it('keep a word wink cuts before its full stop at a sentence’s end whole ("Rinkēvič|s."), and end the sentence there', () => {
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: 'Later today, the Foreign Secretary will call on President Edgars Rinkēvičs. He thanked Latvia.' }, { date: '2025-01-29' });
    expect(doc.tokens.words).toContain('Rinkēvičs');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Later today, the Foreign Secretary will call on President Edgars Rinkēvičs.', 'He thanked Latvia.']);
  });
});
