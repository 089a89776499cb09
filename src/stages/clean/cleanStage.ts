import { type BoilerplateRule, MAX_CHROME_LENGTH } from '../../dictionaries/boilerplate.js';
import type { PublisherIndex } from '../../dictionaries/publishers.js';
import { ReadoutError } from '../../errors.js';
import type { RemovedBlock } from '../../model/Block.js';
import type { Doc } from '../../model/Doc.js';
import type { Span } from '../../model/Span.js';
import type { Stage } from '../../pipeline/Stage.js';
import { normalizeSpace } from './normalizeSpace.js';

export interface CleanData {
  boilerplate: readonly BoilerplateRule[];
  publishers: PublisherIndex;
}

function captures(m: RegExpExecArray | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (m?.groups) for (const [k, v] of Object.entries(m.groups)) if (v) out[k] = v.trim();
  return out;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'with', 'from', 'into', 'over', 'than', 'upon', 'vs', 'de', 'la', 'du']);

/** A line that reads as a headline: short, in title case, with no closing punctuation. */
function looksLikeTitle(text: string): boolean {
  if (text.length > 200 || !/^[\p{Lu}\d"“'‘]/u.test(text) || /[.!?:;,"”]$/.test(text)) return false;
  const words = text.split(' ').filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d"“'‘(]/u.test(w)).length;
  return capitalised >= words.length * 0.8;
}

/**
 * Removes site chrome (banners, bylines, navigation, footers, related links) from the blocks
 * by the rules in data/boilerplate.yaml and the publisher names in data/publishers.yaml, and
 * joins what is left into the cleaned text. Removed blocks are kept, with the rule and what it
 * captured, for the metadata stage and for audit.
 */
export function cleanStage(data: CleanData): Stage {
  const { boilerplate, publishers } = data;
  return {
    name: 'clean',
    requires: ['blocks'],
    provides: ['text', 'paragraphs', 'removed'],
    run(doc: Doc): void {
      const removed: RemovedBlock[] = [];
      const body: string[] = [];
      const knownTitle = normalizeSpace(doc.source.title ?? doc.hints?.title ?? '').toLowerCase();
      let endedBy: string | null = null;
      let titleSeen = knownTitle !== '';

      const blocks = doc.blocks;
      for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b]!;
        let text = normalizeSpace(block.text);
        if (!text) continue;
        if (endedBy) {
          removed.push({ text, rule: endedBy, captures: {} });
          continue;
        }
        const inHead = body.length === 0;
        // Head-only rules never take the last block when nothing came before it: that block is the body.
        const onlyLeft = inHead && b === blocks.length - 1;
        if (text.length <= MAX_CHROME_LENGTH) {
          if (inHead && knownTitle && text.toLowerCase() === knownTitle) {
            removed.push({ text, rule: 'title', captures: { title: text } });
            continue;
          }
          const publisher = publishers.byLine(text);
          if (publisher) {
            removed.push({ text, rule: 'publisher-line', captures: { publisher: publisher.name } });
            if (!inHead) endedBy = 'after-publisher-line';
            continue;
          }
          let drop = false;
          for (const rule of boilerplate) {
            if ((rule.where === 'head' && (!inHead || (onlyLeft && rule.action !== 'strip'))) || (rule.where === 'tail' && inHead)) continue;
            const m = rule.re.exec(text);
            if (!m) continue;
            if (rule.action === 'strip') {
              removed.push({ text: m[0].trim(), rule: rule.id, captures: captures(m) });
              text = text.slice(m[0].length).trim();
              drop = !text;
              if (drop) break;
              continue;
            }
            removed.push({ text, rule: rule.id, captures: captures(m) });
            if (rule.action === 'end' && !inHead) endedBy = `after-${rule.id}`;
            drop = true;
            break;
          }
          if (drop) continue;
          if (inHead && !titleSeen && block.kind !== 'li' && looksLikeTitle(text) && !onlyLeft) {
            titleSeen = true;
            removed.push({ text, rule: 'title-line', captures: { title: text } });
            continue;
          }
        }
        body.push(text);
      }

      if (body.length === 0) {
        throw new ReadoutError('E_NO_BODY', 'nothing is left after removing site chrome (banners, bylines, navigation, footers)');
      }
      const paragraphs: Span[] = [];
      let offset = 0;
      for (const p of body) {
        paragraphs.push({ start: offset, end: offset + p.length });
        offset += p.length + 2;
      }
      doc.text = body.join('\n\n');
      doc.paragraphs = paragraphs;
      doc.removed = removed;
    },
  };
}
