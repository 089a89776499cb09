/** Words and word shapes the actors stage's readers share. */

/** Words that open a title's complement ("Senior Director for China", "Minister of the International Liaison Department"). */
export const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'on']);
export const SPACE_RUN = /\s+/;
/** Between the words of a name, hyphens included ("Okonjo-Iweala" is two words to the tokenizer). */
export const NAME_WORD_BREAK = /[\s-]+/;
export const ALL_CAPITALS = /^\p{Lu}+$/u;
/** A capital, also after an elided French or Italian article ("Côte d'Ivoire", "Giscard d'Estaing"). */
export const CAPITALISED = /^(?:[dl]['’])?\p{Lu}/u;
