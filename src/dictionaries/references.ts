import { LexemeIds } from '../matching/LexemeIds.js';
import { PhraseTrie } from '../matching/PhraseTrie.js';
import { Vocab } from '../matching/Vocab.js';
import type { Tokens } from '../model/Tokens.js';
import { loadDataFile, type DataSource } from './loadDataFile.js';

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
  /** The words of a document as ids of this vocabulary, lower-cased (see LexemeIds). */
  private readonly lexemeIds = new LexemeIds(this.vocab, true);

  constructor(file: Omit<ReferencesFile, 'version'>) {
    for (const kind of ['parties', 'person', 'publisher'] as const) {
      for (const phrase of file[kind]) {
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

  /** Ids for `match`, one per token of the document. */
  ids(tokens: Tokens): Int32Array {
    return this.lexemeIds.of(tokens);
  }

  /** The reference starting at token `i` (ids from `ids`), if any; case does not matter. */
  match(ids: Int32Array, i: number, end: number): { kind: ReferenceKind; length: number } | null {
    if (ids[i] === -1) return null;
    const m = this.trie.longestAt(ids, i, Math.min(end, i + 6));
    return m ? { kind: m.values[0]!, length: m.length } : null;
  }
}

export function loadReferences(dataDir: DataSource): References {
  return new References(loadDataFile<ReferencesFile>(dataDir, 'actors/references.yaml', 'references.schema.json'));
}
