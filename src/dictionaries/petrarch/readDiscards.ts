import { dictionaryLines } from './dictionaryLines.js';

/** A phrase that drops the sentence it is in, or with `+` the whole story (sports, weather). */
export interface PetrarchDiscard {
  phrase: string;
  story: boolean;
  line: number;
}

export function readDiscards(content: string, file: string): PetrarchDiscard[] {
  const out: PetrarchDiscard[] = [];
  for (const { text, line } of dictionaryLines(content, file)) {
    const t = text.trim().replace(/\s*\[[^\]]*\]\s*$/, '');
    if (!t) continue;
    const story = t.startsWith('+');
    out.push({ phrase: story ? t.slice(1).trim() : t, story, line });
  }
  return out;
}
