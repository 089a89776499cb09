import { LexemeIds } from '../matching/LexemeIds.js';
import { PhraseTrie } from '../matching/PhraseTrie.js';
import { Vocab } from '../matching/Vocab.js';
import type { Tokens } from '../model/Tokens.js';
import { loadDataFile, type DataSource } from './loadDataFile.js';

export type ReferenceKind = 'parties' | 'person' | 'publisher' | 'counterpart';

interface ReferencesFile {
  version: 1;
  parties: string[];
  person: string[];
  publisher: string[];
  counterpart?: string[];
  partiesOpening?: string[];
  publisherOpening?: string[];
  jointTitles?: string[];
}

/** Words that point back to actors ("both sides", "he", "we", "his counterpart"), matched case-insensitively. */
export class References {
  private readonly vocab = new Vocab();
  private readonly trie = new PhraseTrie<ReferenceKind>();
  /** References only where they open a sentence: the parties ("Ministers agreed"), the publisher's speaker ("I look forward"). */
  private readonly openingTrie = new PhraseTrie<ReferenceKind>();
  /** The words of a document as ids of this vocabulary, lower-cased (see LexemeIds). */
  private readonly lexemeIds = new LexemeIds(this.vocab, true);

  private readonly jointTitles: readonly string[];

  constructor(file: Omit<ReferencesFile, 'version'>) {
    this.jointTitles = (file.jointTitles ?? []).map((t) => t.toLowerCase());
    const interned = (phrase: string) =>
      phrase
        .toLowerCase()
        .split(/\s+/)
        .map((w) => this.vocab.intern(w));
    for (const kind of ['parties', 'person', 'publisher', 'counterpart'] as const) {
      for (const phrase of file[kind] ?? []) this.trie.add(interned(phrase), kind);
    }
    for (const phrase of file.partiesOpening ?? []) this.openingTrie.add(interned(phrase), 'parties');
    for (const phrase of file.publisherOpening ?? []) this.openingTrie.add(interned(phrase), 'publisher');
  }

  /** Whether a release's title says it is joint, so that its "we" is every signatory. */
  isJoint(title: string | null): boolean {
    if (!title) return false;
    const t = title.toLowerCase();
    return this.jointTitles.some((j) => t.includes(j));
  }

  /** Ids for `match`, one per token of the document. */
  ids(tokens: Tokens): Int32Array {
    return this.lexemeIds.of(tokens);
  }

  /** The reference starting at token `i` (ids from `ids`), if any; case does not matter. `opening`: `i` opens its sentence. */
  match(ids: Int32Array, i: number, end: number, opening = false): { kind: ReferenceKind; length: number } | null {
    if (ids[i] === -1) return null;
    const m = this.trie.longestAt(ids, i, Math.min(end, i + 6)) ?? (opening ? this.openingTrie.longestAt(ids, i, Math.min(end, i + 6)) : null);
    return m ? { kind: m.values[0]!, length: m.length } : null;
  }
}

export function loadReferences(dataDir: DataSource): References {
  return new References(loadDataFile<ReferencesFile>(dataDir, 'actors/references.yaml', 'references.schema.json'));
}
