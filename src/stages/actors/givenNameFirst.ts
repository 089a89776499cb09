import { ALL_CAPITALS, SPACE_RUN } from './wordShapes.js';

/**
 * "OKANO Masataka" (MOFA Japan's family name in capitals, first) as "Masataka Okano", the order
 * the dictionaries and other governments use; any other name as written.
 */
export function givenNameFirst(name: string): string {
  const parts = name.split(SPACE_RUN);
  const family = parts[0]!;
  if (parts.length < 2 || family.length < 2 || !ALL_CAPITALS.test(family) || parts.slice(1).some((p) => ALL_CAPITALS.test(p))) return name;
  return [...parts.slice(1), family[0] + family.slice(1).toLowerCase()].join(' ');
}
