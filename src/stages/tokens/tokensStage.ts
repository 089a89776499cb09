import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Abbreviations } from '../../dictionaries/abbreviations.js';
import type { Doc } from '../../model/Doc.js';
import type { Sentence } from '../../model/Sentence.js';
import { posIndex, Tokens } from '../../model/Tokens.js';
import type { Stage } from '../../pipeline/Stage.js';
import { repairBoundaries } from './repairBoundaries.js';

/**
 * Sentences, tokens and part-of-speech tags in one wink-nlp pass per paragraph (its English
 * model ships inside its npm package). Sentences never cross paragraphs; wink's boundaries are
 * repaired with the abbreviation data; offsets are rebuilt from each token's preceding space,
 * so every span is exact in the cleaned text.
 */
export function tokensStage(abbreviations: Abbreviations): Stage {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return {
    name: 'tokens',
    requires: ['text', 'paragraphs'],
    provides: ['sentences', 'tokens', 'pos'],
    run(doc: Doc): void {
      const text = doc.text;
      const starts: number[] = [];
      const ends: number[] = [];
      const pos: number[] = [];
      const sentences: Sentence[] = [];

      doc.paragraphs.forEach((para, p) => {
        const wd = nlp.readDoc(text.slice(para.start, para.end));
        const values = wd.tokens().out(its.value) as string[];
        const spaces = wd.tokens().out(its.precedingSpaces) as string[];
        const tags = wd.tokens().out(its.pos) as string[];
        const spans = wd.sentences().out(its.span) as unknown as [number, number][];

        const base = starts.length;
        let cursor = para.start;
        for (let i = 0; i < values.length; i++) {
          const v = values[i]!;
          let s = cursor + spaces[i]!.length;
          if (text.startsWith(v, s) === false) {
            // wink normalised something; find the token where it really is.
            const found = text.indexOf(v, cursor);
            s = found >= 0 && found < para.end ? found : Math.min(s, para.end);
          }
          const e = Math.min(s + v.length, para.end);
          starts.push(s);
          ends.push(e);
          pos.push(posIndex(tags[i]!));
          cursor = e;
        }

        const kept = repairBoundaries(
          spans.map((sp) => sp[0]),
          values,
          spaces,
          abbreviations,
        );
        for (let k = 0; k < kept.length; k++) {
          const t0 = kept[k]!;
          const t1 = k + 1 < kept.length ? kept[k + 1]! : values.length;
          if (t1 <= t0) continue;
          const start = starts[base + t0]!;
          const end = ends[base + t1 - 1]!;
          sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph: p, tokenStart: base + t0, tokenEnd: base + t1 });
        }
      });

      doc.tokens = new Tokens(Int32Array.from(starts), Int32Array.from(ends), Uint8Array.from(pos));
      doc.sentences = sentences;
    },
  };
}
