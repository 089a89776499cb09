/**
 * The inflected forms of an English verb (base, -s, past, past participle, -ing) by the regular
 * rules, with irregular pasts and doubled final consonants given by data/events/irregular-verbs.yaml.
 */
export interface Irregulars {
  verbs: ReadonlyMap<string, readonly [string, string]>;
  doubling: ReadonlySet<string>;
  /** Further surface forms of a verb: British and -ise spellings, second pasts ("criticise", "burnt"). */
  variants?: ReadonlyMap<string, readonly string[]>;
}

const VOWEL = /[aeiou]/;

function doublesFinal(verb: string, irregular: Irregulars): boolean {
  if (irregular.doubling.has(verb)) return true;
  // One-syllable consonant-vowel-consonant verbs: plan → planned, stop → stopped (not w, x, y).
  return /^[^aeiou]*[aeiou][bcdfgklmnprstvz]$/.test(verb) && verb.length <= 4;
}

export function inflect(verb: string, irregular: Irregulars): string[] {
  const forms = new Set<string>([verb]);
  if (/(?:s|x|z|ch|sh|o)$/.test(verb)) forms.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ies`);
  else forms.add(`${verb}s`);

  const irr = irregular.verbs.get(verb);
  if (irr) {
    forms.add(irr[0]);
    forms.add(irr[1]);
  } else if (verb.endsWith('e')) forms.add(`${verb}d`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ied`);
  else if (doublesFinal(verb, irregular)) forms.add(`${verb}${verb.at(-1)}ed`);
  else forms.add(`${verb}ed`);

  if (verb.endsWith('ie')) forms.add(`${verb.slice(0, -2)}ying`);
  else if (verb.endsWith('e') && !verb.endsWith('ee') && VOWEL.test(verb.slice(0, -1))) forms.add(`${verb.slice(0, -1)}ing`);
  else if (doublesFinal(verb, irregular)) forms.add(`${verb}${verb.at(-1)}ing`);
  else forms.add(`${verb}ing`);
  for (const v of irregular.variants?.get(verb) ?? []) forms.add(v);
  return [...forms];
}
