/**
 * Invented readouts for the queue's tests, as JSONL lines: officials of invented states meet, call
 * and agree things. Nothing here is from a real readout. The same `count` and `seed` give the same lines.
 */
const STATES = ['Veridia', 'Lunaria', 'Caledon', 'Marovia', 'Eskeland', 'Sundara'];
const PEOPLE = ['Anna Kerrigan', 'Tomas Velde', 'Priya Osei', 'Mateo Lindqvist', 'Ines Harrow', 'Kofi Brandt'];
const TOPICS = ['maritime security', 'the fisheries agreement', 'energy interconnection', 'pandemic preparedness', 'critical minerals', 'visa facilitation'];

export function inventedReadouts(count: number, seed = 1): string[] {
  const pick = <T>(xs: readonly T[], i: number): T => xs[(i * 7 + seed * 13) % xs.length]!;
  return Array.from({ length: count }, (_, i) => {
    const a = pick(PEOPLE, i);
    const b = pick(PEOPLE, i + 1);
    const state = pick(STATES, i + 2);
    const topic = pick(TOPICS, i + 3);
    const body = [
      `Secretary of State ${a} met with Foreign Minister ${b} of ${state} on ${1 + (i % 27)} March 2024.`,
      `The Secretary raised concerns about ${topic} and welcomed progress on ${pick(TOPICS, i + 4)}.`,
      `The two sides agreed to convene a working group on ${topic} before the end of the year.`,
      `The Secretary condemned the attack on ${pick(STATES, i + 5)} and called for restraint (note ${seed}-${i}).`,
    ].join(' ');
    return JSON.stringify({ id: `invented-${seed}-${String(i).padStart(3, '0')}`, title: `The Secretary's meeting with ${b}`, date: `2024-03-${String(1 + (i % 27)).padStart(2, '0')}`, publisher: 'U.S. Department of State', text: body });
  });
}
