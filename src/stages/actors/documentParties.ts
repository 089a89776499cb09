import type { Doc } from '../../model/Doc.js';
import type { Mention } from '../../model/Actor.js';

/** What may stand between two people of one list: "Lavrov, Araghchi and Fidan met". */
const LIST_JOINERS = new Set([',', 'and', ';']);

/**
 * The states of people named in one list in the first sentence, when the list has people of two or
 * more states ("Minister ... Lavrov, Minister ... Araghchi and Minister ... Fidan met", "met with
 * Prime Minister Kishida and President Yoon"): every one is a party of the meeting.
 */
export function listedParties(doc: Doc, mentions: readonly Mention[]): string[] {
  const words = doc.tokens.words;
  const joinsList = (from: number, to: number): boolean => {
    for (let t = from; t < to; t++) if (!LIST_JOINERS.has(words[t]!)) return false;
    return true;
  };
  const first = doc.sentences[0];
  if (!first) return [];
  const people = mentions.filter((m) => m.sentence === first.index && !m.place && m.actors.length === 1 && m.actors[0]!.kind === 'person' && m.actors[0]!.party);
  const out = new Set<string>();
  let run: Mention[] = [];
  const flush = () => {
    const states = new Set(run.map((m) => m.actors[0]!.party!));
    if (run.length >= 2 && states.size >= 2) for (const state of states) out.add(state);
    run = [];
  };
  for (const m of people) {
    const prev = run[run.length - 1];
    if (prev && !joinsList(prev.tokenEnd, m.tokenStart)) flush();
    run.push(m);
  }
  flush();
  return [...out];
}

/**
 * The publisher's state and the foreign party its title names when it names one ("Japan-Sweden
 * Summit Meeting", "PM call with Premier Li Qiang of China"), else the one named most in the
 * opening paragraph (or the document).
 */
export function documentParties(doc: Doc, mentions: readonly Mention[], publisherCountry: string | null, nonState: ReadonlySet<string>, inTitle: ReadonlySet<string>): string[] {
  const titled = [...inTitle].filter((p) => p !== publisherCountry);
  if (publisherCountry && titled.length === 1) return [publisherCountry, titled[0]!];
  const count = (within: (m: Mention) => boolean) => {
    const counts = new Map<string, number>();
    for (const m of mentions) {
      if (!within(m)) continue;
      for (const a of m.actors) {
        // Armed groups are no counterpart: by role ("Hamas", REB) or, for a transnational one, by code (IMG).
        // A person counts twice: the counterpart is whom the principal met, while a state or an
        // organisation is often only the occasion ("on the sidelines of the SCO Council ...").
        // A place counts least: a meeting held in a third country ("visiting Vilnius, Lithuania to attend the NATO Summit").
        if (a.party && a.party !== publisherCountry && !nonState.has(a.role ?? '') && !(a.kind === 'organisation' && nonState.has(a.code.slice(0, 3))))
          counts.set(a.party, (counts.get(a.party) ?? 0) + (a.kind === 'person' ? 2 : m.place ? 0.5 : 1));
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  const firstParagraph = new Set(doc.sentences.filter((s) => s.paragraph === 0).map((s) => s.index));
  let ranked = count((m) => firstParagraph.has(m.sentence));
  if (ranked.length === 0) ranked = count(() => true);
  const parties: string[] = [];
  if (publisherCountry) parties.push(publisherCountry);
  for (const [party] of ranked) {
    if (parties.length >= 2) break;
    parties.push(party);
  }
  return parties;
}
