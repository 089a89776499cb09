import type { DocumentRecord } from '../../model/DocumentRecord.js';
import { type Html, html } from '../html.js';

/** One thing to mark in the text: its characters, a class for its colour, and what hovering it says. */
export interface Highlight {
  start: number;
  end: number;
  kind: 'event' | 'actor' | 'topic' | 'commitment';
  cls: string;
  note: string;
  /** The anchor the side lists link to. */
  id: string;
}

const PRIORITY: Record<Highlight['kind'], number> = { event: 0, actor: 1, commitment: 2, topic: 3 };

/** Every event, actor mention, topic cue and commitment of a record, at its evidence span. */
export function highlightsOf(record: DocumentRecord): Highlight[] {
  const out: Highlight[] = [];
  record.events.forEach((e, i) => {
    out.push({ start: e.span.start, end: e.span.end, kind: 'event', cls: `q${e.quad}`, note: `${e.code} ${e.name}: ${e.source.code} → ${e.target.code}; Goldstein ${e.goldstein}; pattern ${e.pattern}${e.negated ? '; negated' : ''}${e.modality !== 'asserted' ? `; ${e.modality}` : ''}`, id: `event-${i}` });
  });
  record.participants.forEach((p, i) => {
    for (const m of p.mentions) out.push({ start: m.span.start, end: m.span.end, kind: 'actor', cls: 'actor', note: `${p.name}${p.title ? `, ${p.title}` : ''} (${p.actor}, ${p.role})`, id: `person-${i}` });
  });
  record.topics.forEach((t) => {
    for (const c of t.cues) out.push({ start: c.span.start, end: c.span.end, kind: 'topic', cls: 'topic', note: `topic: ${t.label}`, id: `topic-${t.id}` });
  });
  record.commitments.forEach((c, i) => {
    out.push({ start: c.span.start, end: c.span.end, kind: 'commitment', cls: 'commitment', note: `commitment (${c.parties.join(' + ')}): ${c.action}${c.due ? `, due ${c.due}` : ''}`, id: `commitment-${i}` });
  });
  return out.filter((h) => h.end > h.start && h.start >= 0 && h.end <= record.text.length);
}

/**
 * The cleaned text as paragraphs with every highlight marked, and an anchor (#s0, #s1, …) where
 * each sentence starts. Overlapping highlights are cut at
 * each other's edges: each piece is one <mark> coloured by its most specific highlight (an event
 * before an actor before a commitment before a topic) whose title lists all of them.
 */
export function highlightText(text: string, highlights: readonly Highlight[], sentenceStarts: readonly number[] = []): Html {
  const cuts = new Set<number>([0, text.length, ...sentenceStarts]);
  const anchorAt = new Map(sentenceStarts.map((start, i) => [start, i]));
  for (const h of highlights) cuts.add(h.start).add(h.end);
  const paragraphs: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    paragraphs.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  paragraphs.push({ start: at, end: text.length });
  for (const p of paragraphs) cuts.add(p.start).add(p.end);
  const points = [...cuts].sort((a, b) => a - b);
  return html`${paragraphs
    .filter((p) => p.end > p.start)
    .map((p) => {
      const pieces: Html[] = [];
      for (let k = 0; k + 1 < points.length; k++) {
        const s = points[k]!;
        const e = points[k + 1]!;
        if (s < p.start || e > p.end || e <= s) continue;
        const sentence = anchorAt.get(s);
        if (sentence !== undefined) pieces.push(html`<span id="s${sentence}"></span>`);
        const covering = highlights.filter((h) => h.start <= s && h.end >= e).sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
        const piece = text.slice(s, e);
        pieces.push(covering.length ? html`<mark class="${covering[0]!.cls}" title="${covering.map((h) => h.note).join('\n')}">${piece}</mark>` : html`${piece}`);
      }
      return html`<p>${pieces}</p>`;
    })}`;
}
