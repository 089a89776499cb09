interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  values: T[] | null;
}

export interface TrieMatch<T> {
  /** Number of tokens matched. */
  length: number;
  values: readonly T[];
}

/** Phrases as sequences of interned word ids, matched longest-first at a position. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: null, values: null };

  add(ids: readonly number[], value: T): void {
    let node = this.root;
    for (const id of ids) {
      node.next ??= new Map();
      let child = node.next.get(id);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(id, child);
      }
      node = child;
    }
    node.values ??= [];
    node.values.push(value);
  }

  /** The longest phrase starting at `start` and ending before `end`, or null. */
  longestAt(ids: ArrayLike<number>, start: number, end: number): TrieMatch<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    for (let i = start; i < end && node?.next; i++) {
      node = node.next.get(ids[i]!);
      if (!node) break;
      if (node.values) best = { length: i - start + 1, values: node.values };
    }
    return best;
  }
}
