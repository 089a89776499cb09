import { PhraseTrie } from '../matching/PhraseTrie.js';
import { Vocab } from '../matching/Vocab.js';
import { loadDataFile } from './loadDataFile.js';

export type ReferenceKind = 'parties' | 'person' | 'publisher';

interface ReferencesFile {
  version: 1;
  parties: string[];
  person: string[];
  publisher: string[];
}

/** Words that point back to actors ("both sides", "he", "we"), matched case-insensitively. */
export class References {
  private readonly vocab = new Vocab();
  private readonly trie = new PhraseTrie<ReferenceKind>();
  /** First words of every reference, as written in either case, to rule most tokens out at once. */
  private readonly firsts = new Set<string>();

  constructor(file: Omit<ReferencesFile, 'version'>) {
    for (const kind of ['parties', 'person', 'publisher'] as const) {
      for (const phrase of file[kind]) {
        const first = phrase.split(/\s+/)[0]!;
        for (const f of [first, first.toLowerCase(), first[0]!.toUpperCase() + first.slice(1).toLowerCase(), first.toUpperCase()]) this.firsts.add(f);
        this.trie.add(
          phrase
            .toLowerCase()
            .split(/\s+/)
            .map((w) => this.vocab.intern(w)),
          kind,
        );
      }
    }
  }

  /** The reference starting at token `i` of `words`, if any. */
  match(words: readonly string[], i: number, end: number): { kind: ReferenceKind; length: number } | null {
    if (!this.firsts.has(words[i]!)) return null;
    const ids: number[] = [];
    for (let j = i; j < end && j < i + 6; j++) {
      const id = this.vocab.id(words[j]!.toLowerCase());
      if (id < 0) break;
      ids.push(id);
    }
    if (ids.length === 0) return null;
    const m = this.trie.longestAt(ids, 0, ids.length);
    return m ? { kind: m.values[0]!, length: m.length } : null;
  }
}

export function loadReferences(dataDir: string): References {
  return new References(loadDataFile<ReferencesFile>(dataDir, 'actors/references.yaml', 'references.schema.json'));
}
