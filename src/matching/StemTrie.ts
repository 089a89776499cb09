/** Stems are bucketed by their first letters (up to this many), so a word looks in few buckets. */
const STEM_KEY = 3;

interface StemNode<T> {
  exact: Map<string, StemNode<T>> | null;
  /** Children reached by any word that starts with the key (TABARI's stems: "ARGENTIN"), by `prefixKey`. */
  stems: Map<number, [string, StemNode<T>][]> | null;
  values: T[] | null;
}

/** A small-integer key for a word's first `n` letters: no string is made per lookup. */
function prefixKey(w: string, n: number): number {
  let h = 0;
  for (let k = 0; k < n; k++) h = (h * 31 + w.charCodeAt(k)) & 0x3fffffff;
  return withLength(h, n);
}

function withLength(h: number, n: number): number {
  return ((h << 2) | n) & 0x3fffffff;
}

export interface StemMatch<T> {
  length: number;
  values: readonly T[];
}

/**
 * Phrases of upper-case words matched longest-first, where a word may be a stem that matches every
 * word it begins (TABARI's rule for a dictionary word without a final `_`). Used for PETRARCH
 * dictionaries, whose stems a trie of interned whole words cannot express.
 */
export class StemTrie<T> {
  private readonly root: StemNode<T> = { exact: null, stems: null, values: null };

  /** `stem[i]` true: word i matches any word starting with it. */
  add(words: readonly string[], stem: readonly boolean[], value: T): void {
    let node = this.root;
    words.forEach((w, i) => {
      let child: StemNode<T> | undefined;
      if (stem[i]) {
        node.stems ??= new Map();
        const key = prefixKey(w, Math.min(STEM_KEY, w.length));
        let bucket = node.stems.get(key);
        if (!bucket) {
          bucket = [];
          node.stems.set(key, bucket);
        }
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
  }

  /** Whether some phrase begins with this word: most words begin none, and need no walk. */
  canStart(word: string): boolean {
    const root = this.root;
    if (root.exact?.has(word)) return true;
    if (!root.stems) return false;
    let h = 0;
    for (let n = 1; n <= STEM_KEY && n <= word.length; n++) {
      h = (h * 31 + word.charCodeAt(n - 1)) & 0x3fffffff;
      const bucket = root.stems.get(withLength(h, n));
      if (bucket?.some(([k]) => (k.length === n || n === STEM_KEY) && word.startsWith(k))) return true;
    }
    return false;
  }

  /** The longest phrase starting at `start` (before `end`): its length and values, or null. */
  longestAt(words: readonly string[], start: number, end: number): StemMatch<T> | null {
    return this.walk(this.root, words, start, start, end, null);
  }

  private walk(node: StemNode<T>, words: readonly string[], start: number, i: number, end: number, best: StemMatch<T> | null): StemMatch<T> | null {
    if (node.values && (!best || i - start > best.length)) best = { length: i - start, values: node.values };
    if (i >= end) return best;
    const w = words[i]!;
    const next = node.exact?.get(w);
    if (next) best = this.walk(next, words, start, i + 1, end, best);
    if (node.stems) {
      let h = 0;
      for (let n = 1; n <= STEM_KEY && n <= w.length; n++) {
        h = (h * 31 + w.charCodeAt(n - 1)) & 0x3fffffff;
        const bucket = node.stems.get(withLength(h, n));
        if (!bucket) continue;
        // A bucket of n < STEM_KEY letters holds stems of exactly n letters; the last holds longer ones too.
        for (const [k, child] of bucket) if ((k.length === n || n === STEM_KEY) && w.startsWith(k)) best = this.walk(child, words, start, i + 1, end, best);
      }
    }
    return best;
  }
}
