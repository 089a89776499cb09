/** Items that belong to a sentence (mentions, events), grouped by it in their order; `keep` filters. */
export function bySentence<T extends { sentence: number }>(items: Iterable<T>, keep: (item: T) => boolean = () => true): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    if (!keep(item)) continue;
    const list = groups.get(item.sentence);
    if (list) list.push(item);
    else groups.set(item.sentence, [item]);
  }
  return groups;
}
