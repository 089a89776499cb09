/** Words and word shapes the actors stage's readers share. */

/** Words that open a title's complement ("Senior Director for China", "Minister of the International Liaison Department"). */
export const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'on']);
export const SPACE_RUN = /\s+/;
export const ALL_CAPITALS = /^\p{Lu}+$/u;
