const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;
// Every Unicode space (NBSP included) and control character becomes one ASCII space.
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u0000-\u001f\u007f-\u009f]+/g;
// Anything the replacements or the trim would change (a character other than the ASCII space in
// those classes, two spaces, an edge space); most paragraphs have none and are returned as they are.
const ODD = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}|^ | $/;

/** One paragraph on one line: invisible characters dropped, runs of space collapsed, trimmed. */
export function normalizeSpace(text: string): string {
  if (!ODD.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
