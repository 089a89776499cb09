import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReadoutError } from '../errors.js';
import type { Doc } from '../model/Doc.js';
import type { SourceFormat } from '../model/SourceDocument.js';
import { createPipeline } from '../pipeline/defaultPipeline.js';

/**
 * Property tests for the whole pipeline (extract → clean → tokens → actors → events): whatever text comes in, the pipeline either
 * refuses it with a ReadoutError saying there is nothing to read, or returns sentences and
 * tokens whose offsets are exact in the cleaned text.
 */

const pipeline = createPipeline();
/** ~300 runs keep the file under 20 s; PROP_RUNS=5000 hunts harder. */
const RUNS = Number(process.env.PROP_RUNS ?? 300);

/** Codes a pipeline may refuse hostile input with: nothing left to read. */
const ACCEPTABLE = new Set(['E_EMPTY', 'E_NO_BODY']);

function run(body: string, format: SourceFormat): Doc | null {
  try {
    return pipeline.run({ id: null, origin: 'prop', format, body });
  } catch (e) {
    if (!isReadoutError(e)) throw e;
    if (!ACCEPTABLE.has(e.code)) throw new Error(`unexpected ${e.code}: ${e.describe()} (format ${format}, body ${JSON.stringify(body).slice(0, 500)})`);
    return null;
  }
}

/** Fails with the message (built only on failure: this runs for every token of every case). */
function ensure(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** The invariants every processed document must keep; throws with the first one broken. */
function checkDoc(doc: Doc): void {
  const { text, paragraphs, sentences, tokens } = doc;
  const n = text.length;

  let prevEnd = 0;
  for (const [i, p] of paragraphs.entries()) {
    ensure(p.start >= prevEnd && p.end >= p.start && p.end <= n, () => `paragraph ${i} [${p.start}, ${p.end}) out of order or outside the text (${n})`);
    prevEnd = p.end;
  }

  prevEnd = 0;
  for (const [i, s] of sentences.entries()) {
    const at = () => `sentence ${i} [${s.start}, ${s.end}) of ${n} ${JSON.stringify(s.text.slice(0, 80))}`;
    ensure(s.index === i, () => `${at()} has index ${s.index}`);
    ensure(s.start >= 0 && s.start < s.end && s.end <= n, () => `${at()} is empty or outside the text`);
    ensure(text.slice(s.start, s.end) === s.text, () => `${at()}: text.slice(start, end) is ${JSON.stringify(text.slice(s.start, s.end).slice(0, 80))}`);
    ensure(s.text === s.text.trim(), () => `${at()} has space at its edges`);
    ensure(s.start >= prevEnd, () => `${at()} overlaps the sentence before, which ends at ${prevEnd}`);
    prevEnd = s.end;
    const para = paragraphs[s.paragraph];
    ensure(para !== undefined && s.start >= para.start && s.end <= para.end, () => `${at()} is not inside its paragraph ${s.paragraph} ${JSON.stringify(para)}`);
    ensure(s.tokenStart >= 0 && s.tokenStart < s.tokenEnd && s.tokenEnd <= tokens.length, () => `${at()} has tokens [${s.tokenStart}, ${s.tokenEnd}) of ${tokens.length}`);
    ensure(tokens.starts[s.tokenStart] === s.start && tokens.ends[s.tokenEnd - 1] === s.end, () => `${at()} does not start at its first token and end at its last`);
  }

  let prevTokenEnd = 0;
  let para = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.starts[i]!;
    const end = tokens.ends[i]!;
    const at = () => `token ${i} [${start}, ${end}) of ${n} ${JSON.stringify(text.slice(start, end).slice(0, 80))}`;
    ensure(start >= 0 && start <= end && end <= n, () => `${at()} is outside the text`);
    ensure(start >= prevTokenEnd, () => `${at()} starts before the token before ends (${prevTokenEnd})`);
    const t = text.slice(start, end);
    ensure(t === t.trim(), () => `${at()} has space at its edges`);
    while (para + 1 < paragraphs.length && paragraphs[para + 1]!.start <= start) para++;
    const p = paragraphs[para];
    ensure(end === start || (p !== undefined && start >= p.start && end <= p.end), () => `${at()} is not inside paragraph ${para} ${JSON.stringify(p)}`);
    prevTokenEnd = end;
  }

  for (const m of doc.mentions) {
    const s = sentences[m.sentence];
    ensure(s !== undefined && m.start >= s.start && m.end <= s.end && m.start < m.end, () => `mention [${m.start}, ${m.end}) is not inside its sentence ${m.sentence}`);
    ensure(m.actors.length > 0 && m.actors.every((a) => a.code.length >= 3), () => `mention [${m.start}, ${m.end}) has no actor code`);
  }
  for (const e of doc.events) {
    const s = sentences[e.sentence];
    const at = () => `event ${e.code} ${e.source.code}→${e.target.code} in sentence ${e.sentence}`;
    ensure(s !== undefined && e.span.start >= s.start && e.span.end <= s.end, () => `${at()}: span outside its sentence`);
    ensure(text.slice(e.span.start, e.span.end) === e.evidence, () => `${at()}: evidence is not the text of its span`);
    ensure(e.code.startsWith(e.root) && e.quad >= 1 && e.quad <= 4 && Math.abs(e.goldstein) <= 10, () => `${at()}: code, root, quad or Goldstein out of range`);
    for (const a of [e.source, e.target]) ensure(a.span === null || (a.span.start >= s!.start && a.span.end <= s!.end), () => `${at()}: actor span outside its sentence`);
  }
}

function holds(body: string, format: SourceFormat): void {
  const doc = run(body, format);
  if (doc) checkDoc(doc);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const format = fc.constantFrom<SourceFormat>('text', 'html', 'markdown');

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Pieces readouts really contain, and pieces that break naive splitters and offset maths. */
const hostilePiece = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      'U.S.',
      'Secretary Blinken met Chinese Foreign Minister Qin Gang in Beijing.',
      'The two sides agreed to',
      'both sides discussed',
      'was invited by',
      'did not condemn',
      'Washington and Beijing',
      'the Secretary',
      'He urged Russia to',
      'NATO',
      'U.S.-China',
      'ROK-U.S.',
      'Gen.',
      'Gen. Milley',
      'No. 10',
      'Amb.',
      'Dr.',
      'Mr. Smith',
      'St. Petersburg',
      'e.g.',
      'i.e.',
      'a.m.',
      'p.m.',
      'Jan.',
      'Inc.',
      'vs.',
      '...',
      '…',
      '?!',
      '."',
      '.”',
      '“',
      '”',
      '‘',
      '’',
      '(',
      ')',
      '—',
      '–',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '\r\n',
      '\r',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\u2028',
      '\u2029',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      '\u00ad',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202e',
      '\u2066',
      '\u2069',
      '\u0000',
      '\u0007',
      '\u007f',
      '\u0085',
      '😀',
      '👍🏽',
      '👨‍👩‍👧',
      '🇺🇸',
      'e\u0301',
      'ﬁ',
      'İ',
      'ß',
      'مرحبا',
      'שלום',
      '北京',
      '中华人民共和国外交部',
      'Привет',
      '<p>',
      '</p>',
      '<br>',
      '<div>',
      '</div>',
      '<nav><a href="/">Home</a></nav>',
      '<script>alert(1)</script>',
      '<!-- comment -->',
      '<![CDATA[x]]>',
      '&amp;',
      '&nbsp;',
      '&#x200b;',
      '&lt;',
      '<',
      '>',
      '# ',
      '## Heading',
      '- ',
      '* ',
      '1. ',
      '> ',
      '---\n',
      '```',
      '`',
      '|',
      '[link](http://x)',
      '**',
      '_',
      '{"text":1}',
      'Secretary Blinken',
      'Foreign Minister',
      'met with',
      'The two sides discussed trade.',
      'Washington, D.C.',
      '2023-06-19',
      'June 19, 2023',
      '$1.5 billion',
      '3.14',
      '1,000',
      'http://example.com/a.b?c=d',
      'a@b.c',
    ),
  },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Z][a-z]{0,12}$/) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Z]\.(?:[A-Z]\.){0,3}$/) },
  { weight: 3, arbitrary: fc.stringMatching(/^(?:No|Gen|Amb|Sen|Rep|Mr|Mrs|Dr|Art|Sec)\. ?\d{0,3}$/) },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z]{1,10}[.!?;:,]{0,3}$/) },
  // Long words are rare and stay under 3,000 characters: wink-nlp's tokenizer takes time
  // quadratic in a token's length (a 48,000-character word takes ~1.6 s).
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => 'Ab.'.repeat(n)) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** Words and hostile pieces joined by varied space. */
const hostileText = fc
  .array(fc.tuple(hostilePiece, fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', '\u00a0', '. ', '.\n\n')), { maxLength: 80 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** Sentence-shaped text, so tokens and sentence repair are exercised rather than refused. */
const sentence = fc
  .tuple(
    fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
    fc.array(fc.oneof(fc.stringMatching(/^[a-z]{1,9}$/), hostilePiece), { minLength: 3, maxLength: 14 }),
    fc.constantFrom('.', '.', '!', '?', '."', '.”', '', ';', '...'),
  )
  .map(([first, words, end]) => `${first} ${words.join(' ')}${end}`);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));
const prose = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((p) => p.join('\n\n'));

const asHtml = (body: string) => `<html><body><article>${body
  .split(/\n\n/)
  .map((p) => `<p>${p}</p>`)
  .join('')}</article></body></html>`;

// ---------------------------------------------------------------------------------------------

describe('extract → clean → tokens on random and hostile text', () => {
  it('any unicode string (code points, graphemes, lone surrogates) in any format', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary-ascii', maxLength: 400 }),
      fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate), maxLength: 300 }),
    );
    fc.assert(
      fc.property(anyString, format, (body, f) => holds(body, f)),
      { numRuns: RUNS },
    );
  });

  it('hostile pieces (abbreviations, odd space, bidi marks, emoji, HTML, long words)', () => {
    fc.assert(
      fc.property(hostileText, format, (body, f) => holds(body, f)),
      { numRuns: RUNS },
    );
  });

  it('sentence-shaped prose with hostile words, as text, Markdown and HTML', () => {
    fc.assert(
      fc.property(prose, format, (body, f) => {
        holds(body, f);
        if (f === 'html') holds(asHtml(body), 'html');
      }),
      { numRuns: RUNS },
    );
  });

  it('prose that is long enough is never refused and always yields sentences', () => {
    const long = fc.array(paragraph, { minLength: 2, maxLength: 4 }).map((ps) => ps.map((p) => `The minister said that the talks were long and useful. ${p}`).join('\n\n'));
    fc.assert(
      fc.property(long, (body) => {
        const doc = run(body, 'text');
        expect(doc, 'plain prose was refused').not.toBeNull();
        checkDoc(doc!);
        expect(doc!.sentences.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('known traps', () => {
    const traps = [
      'U.S. Secretary of State met Gen. Smith at No. 10 Downing St. on Monday. They talked.',
      'The ROK-U.S. alliance is strong. The U.S. and the P.R.C. spoke.',
      `${'x'.repeat(20_000)}. And then a sentence.`,
      '\u200b\u200b\u200b',
      '\u00a0\u00a0 \n\n \u3000',
      '\ud800 The minister \udfff met the envoy. \ud83d',
      '\u202eThe minister met the envoy.\u202c Both sides agreed.',
      'مرحبا. The minister met the envoy. שלום.',
      '😀😀😀. 👨‍👩‍👧 The minister met the envoy.',
      '<nav><a href="/">Home</a></nav>',
      '<p>The minister\u00a0met\u200bthe envoy.</p><p>Both sides agreed.</p>',
      'e\u0301e\u0301e\u0301. The minister met the envoy.',
      '...',
      '.',
      '\u0000\u0000 text \u0000',
      'A.\u00adB. C.',
    ];
    for (const t of traps) for (const f of ['text', 'html', 'markdown'] as const) holds(t, f);
  });
});
