const STEM_KEY = 3;

interface StemNode<T> {
  exact: Map<string, StemNode<T>> | null;
  /** Children reached by any word that starts with the key (TABARI's stems: "ARGENTIN"). */
  stems: Map<string, [string, StemNode<T>][]> | null;
  values: T[] | null;
}

/**
 * Phrases of upper-case words matched longest-first, where a word may be a stem that matches every
 * word it begins (TABARI's rule for a dictionary word without a final `_`). Used for PETRARCH
 * dictionaries, whose stems a trie of interned whole words cannot express.
 */
export class StemTrie<T> {
  private readonly root: StemNode<T> = { exact: null, stems: null, values: null };
  private size_ = 0;

  /** `stem[i]` true: word i matches any word starting with it. */
  add(words: readonly string[], stem: readonly boolean[], value: T): void {
    let node = this.root;
    words.forEach((w, i) => {
      let child: StemNode<T> | undefined;
      if (stem[i]) {
        node.stems ??= new Map();
        const bucket = node.stems.get(w.slice(0, STEM_KEY)) ?? [];
        node.stems.set(w.slice(0, STEM_KEY), bucket);
        child = bucket.find(([k]) => k === w)?.[1];
        if (!child) {
          child = { exact: null, stems: null, values: null };
          bucket.push([w, child]);
        }
      } else {
        node.exact ??= new Map();
        child = node.exact.get(w);
        if (!child) {
          child = { exact: null, stems: null, values: null };
          node.exact.set(w, child);
        }
      }
      node = child;
    });
    node.values ??= [];
    node.values.push(value);
    this.size_++;
  }

  get size(): number {
    return this.size_;
  }

  /** The longest phrase starting at `start` (before `end`): its length and values, or null. */
  longestAt(words: readonly string[], start: number, end: number): { length: number; values: readonly T[] } | null {
    let best: { length: number; values: readonly T[] } | null = null;
    const walk = (node: StemNode<T>, i: number) => {
      if (node.values && (!best || i - start > best.length)) best = { length: i - start, values: node.values };
      if (i >= end) return;
      const w = words[i]!;
      const next = node.exact?.get(w);
      if (next) walk(next, i + 1);
      if (node.stems) {
        // Stems are bucketed by their first letters, so a word looks in at most STEM_KEY buckets.
        for (let n = 1; n <= STEM_KEY && n <= w.length; n++) {
          const bucket = node.stems.get(w.slice(0, n));
          if (bucket) for (const [k, child] of bucket) if (k.length === n || (k.length > n && n === STEM_KEY)) if (w.startsWith(k)) walk(child, i + 1);
        }
      }
    };
    walk(this.root, start);
    return best;
  }
}
