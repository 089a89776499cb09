/**
 * Interned strings (wink-nlp's lexicon idea): dictionaries intern their words once when they are
 * compiled; documents only look words up, so matching compares integers and the vocabulary does
 * not grow with the corpus. Unknown words get -1.
 */
export class Vocab {
  private readonly ids = new Map<string, number>();

  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }

  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  get size(): number {
    return this.ids.size;
  }
}
