import { type Abbreviations, dateGoesOn } from '../../dictionaries/abbreviations.js';
import type { Doc } from '../../model/Doc.js';
import { isLetterSplit, type Wink } from '../../nlp/wink.js';
import type { Sentence } from '../../model/Sentence.js';
import { posIndex, Tokens } from '../../model/Tokens.js';
import type { Stage } from '../../pipeline/Stage.js';
import { repairBoundaries } from './repairBoundaries.js';
import { sentenceStarts } from './sentenceStarts.js';

/** wink's tokenizer is quadratic in the length of a word; no word of a readout is this long. */
const LONG_RUN = 256;

/**
 * Whether two spaces (or an end) stand 256 or more characters apart: only then can a long run
 * hide between them. `indexOf` skips ahead faster than a loop over every character.
 */
function hasLongGap(text: string): boolean {
  let prev = -1;
  for (;;) {
    const sp = text.indexOf(' ', prev + 1);
    if ((sp < 0 ? text.length : sp) - prev - 1 >= LONG_RUN) return true;
    if (sp < 0) return false;
    prev = sp;
  }
}

/**
 * Runs of 256 or more non-space characters (base64, data URLs, garbage) become spaces of the
 * same length, so wink never sees them and every offset stays the same; they get no tokens.
 * One pass over the characters (a regex test for such a run costs more: it restarts at every
 * character of every word), and only for a text with a long gap between spaces.
 */
function blankLongRuns(text: string): string {
  if (!hasLongGap(text)) return text;
  const pieces: string[] = [];
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      if (i - runStart >= LONG_RUN) {
        pieces.push(text.slice(copied, runStart), ' '.repeat(i - runStart));
        copied = i;
      }
      runStart = i + 1;
    }
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** A space or line break between tokens (wink counts spaces, and keeps line breaks as tokens). */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

/** A line-break token; `trim` is asked only when the first character can be a space (most words cannot). */
function isBlank(v: string): boolean {
  const c = v.charCodeAt(0);
  return v.length === 0 || ((c <= 32 || c === 0xa0 || c >= 0x1680) && !v.trim());
}

const PART = posIndex('PART');
const PUNCT = posIndex('PUNCT');
const X = posIndex('X');
const NOUN = posIndex('NOUN');
const PROPN = posIndex('PROPN');
const CAPITAL_START = /^\p{Lu}/u;

/** A word with a possessive "’s" or "'s" stuck to it ("Iraq’s"), which wink reads apart when it can. */
function isPossessive(v: string): boolean {
  const n = v.length;
  if (n < 3 || (v.charCodeAt(n - 1) | 32) !== 115) return false;
  const q = v.charCodeAt(n - 2);
  return q === 0x2019 || q === 39;
}

const CAPITAL = /^\p{Lu}$/u;
const INITIAL_WORD = /^\p{Lu}\p{Ll}?$/u;

function isCapitalLetter(v: string): boolean {
  return v.length === 1 && CAPITAL.test(v);
}

/** A capital and its stop: "S." */
function isInitial(v: string): boolean {
  return v.length === 2 && v.charCodeAt(1) === 46 && isCapitalLetter(v[0]!);
}

/** One or two letters, the first a capital: an initial written without its stop ("Yu" of "A.Yu."). */
function isInitialWord(v: string): boolean {
  return v.length <= 2 && INITIAL_WORD.test(v);
}

/** Whether the tokenizer's `v` stands at `s` in `text`; first and last characters tell, as wink only rewrites whole tokens. */
function standsAt(text: string, v: string, s: number): boolean {
  const last = v.length - 1;
  if (last < 0) return true;
  return s + last < text.length && text.charCodeAt(s) === v.charCodeAt(0) && text.charCodeAt(s + last) === v.charCodeAt(last);
}

/**
 * Sentences, tokens and part-of-speech tags in one wink-nlp pass over the cleaned text (its
 * English model ships inside its npm package). Sentence starts come from the tokens
 * (`sentenceStarts`, wink's rule without its cost) and are repaired with the abbreviation data;
 * every paragraph starts a sentence; offsets are rebuilt from each
 * token's preceding space, so every span is exact in the cleaned text.
 */
export function tokensStage(nlp: Wink, abbreviations: Abbreviations): Stage {
  const its = nlp.its;
  return {
    name: 'tokens',
    requires: ['text', 'paragraphs'],
    provides: ['sentences', 'tokens', 'pos'],
    run(doc: Doc): void {
      const text = doc.text;
      const wd = nlp.readDoc(blankLongRuns(text));
      const values = wd.tokens().out(its.value) as string[];
      const uids = wd.tokens().out(its.uniqueId) as unknown as number[];
      const tags = wd.tokens().out(its.pos) as string[];
      // wink keeps line breaks as tokens; they are not words, so they get no token of ours.
      const ours = new Int32Array(values.length + 1);
      // 1 where no space stands before wink's token: read off the text, which costs less than
      // asking wink for each token's preceding spaces (it builds a string for each).
      const glued = new Uint8Array(values.length);
      // Flat arrays filled in place, room for two tokens of ours per wink token (a possessive split
      // off); line-break tokens and unsplit words leave them shorter.
      const size = values.length * 2;
      const starts = new Int32Array(size);
      const ends = new Int32Array(size);
      const pos = new Uint8Array(size);
      const lexemes = new Int32Array(size);
      const words: string[] = [];
      let n = 0;
      const push = (start: number, end: number, tag: number, word: string, lexeme: number) => {
        starts[n] = start;
        ends[n] = end;
        pos[n] = tag;
        words.push(word);
        lexemes[n] = lexeme;
        n++;
      };
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        let s = cursor;
        const first = v.charCodeAt(0);
        while (s < text.length && isSpace(text.charCodeAt(s)) && text.charCodeAt(s) !== first) s++;
        if (!standsAt(text, v, s)) {
          // wink normalised something; find the token where it really is.
          const found = text.indexOf(v, cursor);
          s = found >= 0 ? found : Math.min(s, text.length);
        }
        const e = Math.min(s + v.length, text.length);
        if (s === cursor) glued[i] = 1;
        cursor = e;
        ours[i] = n;
        if (isBlank(v)) continue;
        const same = e - s === v.length;
        // wink cuts words at letters beyond Latin-1 ("Erdo|ğ|an", "Rados|ł|aw"): glued back
        // together, the pieces are one word again, as the dictionaries write it.
        if (glued[i] === 1 && n > 0 && ends[n - 1] === s) {
          // A possessive ("Erdoğan’s") or, at a sentence's end, a full stop ("Rinkēvič|s.") may hang on the last piece.
          const possessive = same && isPossessive(v);
          const stop = !possessive && same && v.length > 1 && v.charCodeAt(v.length - 1) === 46;
          const tail = possessive ? 2 : stop ? 1 : 0;
          if (isLetterSplit(words[n - 1]!, v.slice(0, v.length - tail))) {
            const end = e - tail;
            ends[n - 1] = end;
            words[n - 1] = text.slice(starts[n - 1]!, end);
            lexemes[n - 1] = -1;
            if (pos[n - 1] === X) pos[n - 1] = posIndex(tags[i]!);
            // "Naď", "Dačić": the tagger reads the pieces as particles or determiners; a capitalised word
            // glued back from them is a name.
            if (CAPITAL_START.test(words[n - 1]!) && pos[n - 1] !== NOUN && pos[n - 1] !== PROPN) pos[n - 1] = PROPN;
            ours[i] = n - 1;
            if (possessive) push(end, e, PART, v.slice(-2), -1);
            if (stop) push(end, e, PUNCT, '.', -1);
            continue;
          }
        }
        // "Japan-U.S.": after a hyphen wink reads "U", "." and "S." apart; they are one word.
        if (glued[i] === 1 && v === '.' && n > 0 && ends[n - 1] === s && isCapitalLetter(words[n - 1]!) && i + 1 < values.length && isInitial(values[i + 1]!) && text.startsWith(values[i + 1]!, e)) {
          const end = e + values[i + 1]!.length;
          ends[n - 1] = end;
          words[n - 1] = text.slice(starts[n - 1]!, end);
          lexemes[n - 1] = -1;
          ours[i] = ours[i + 1] = n - 1;
          glued[i + 1] = 1;
          cursor = end;
          i++;
          continue;
        }
        // "A.Yu.Rudenko": wink reads the second initial of a Russian name and its full stop apart
        // ("A." "Yu" "." "Rudenko"); the initial is one word, as "A." is.
        // Only with the surname right after it: not the full stop of "He met Mr.Li."
        if (glued[i] === 1 && v === '.' && n > 1 && ends[n - 1] === s && ends[n - 2] === starts[n - 1] && isInitialWord(words[n - 1]!) && words[n - 2]!.endsWith('.') && e < text.length && CAPITAL.test(text[e]!)) {
          ends[n - 1] = e;
          words[n - 1] = text.slice(starts[n - 1]!, e);
          lexemes[n - 1] = -1;
          ours[i] = n - 1;
          continue;
        }
        if (same && isPossessive(v)) {
          // wink splits "Iraq’s" into "Iraq" and "’s" until it has once read "Iraq’s," (before a
          // comma it keeps the word whole and caches it so): split it always, so that a document's
          // tokens do not depend on what the tokenizer read before.
          push(s, e - 2, posIndex(tags[i]!), v.slice(0, -2), -1);
          push(e - 2, e, PART, v.slice(-2), -1);
          continue;
        }
        // "Admiral Dong Jun. Secretary Hegseth": a month's abbreviation not followed by a date is a
        // word and a full stop, so that the name does not keep the stop.
        if (same && v.length > 2 && v.charCodeAt(v.length - 1) === 46 && abbreviations.dateWords.has(v.slice(0, -1).toLowerCase()) && !dateGoesOn(abbreviations, values[i + 1])) {
          push(s, e - 1, posIndex(tags[i]!), v.slice(0, -1), -1);
          push(e - 1, e, PUNCT, '.', -1);
          continue;
        }
        push(s, e, posIndex(tags[i]!), same ? v : text.slice(s, e), same ? uids[i]! : -1);
      }
      ours[values.length] = n;

      const kept = repairBoundaries(sentenceStarts(values, glued, abbreviations), values, glued, abbreviations).map((b) => ours[b]!);
      // Paragraph starts are sentence starts, whatever wink and the repair said.
      const paragraphStarts: number[] = [];
      let t = 0;
      for (const para of doc.paragraphs) {
        while (t < n && starts[t]! < para.start) t++;
        if (t < n) paragraphStarts.push(t);
      }
      const boundaries = [...new Set([...kept, ...paragraphStarts])].sort((a, b) => a - b);

      const sentences: Sentence[] = [];
      let p = 0;
      for (let k = 0; k < boundaries.length; k++) {
        const t0 = boundaries[k]!;
        const t1 = k + 1 < boundaries.length ? boundaries[k + 1]! : n;
        if (t1 <= t0) continue;
        const start = starts[t0]!;
        const end = ends[t1 - 1]!;
        while (p + 1 < doc.paragraphs.length && doc.paragraphs[p + 1]!.start <= start) p++;
        sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph: p, tokenStart: t0, tokenEnd: t1 });
      }
      doc.tokens = new Tokens(starts.subarray(0, n), ends.subarray(0, n), pos.subarray(0, n), words, lexemes.subarray(0, n), nlp);
      doc.sentences = sentences;
    },
  };
}
