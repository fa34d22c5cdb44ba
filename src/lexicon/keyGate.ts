/**
 * A gate before a few words asked about at every word of an article: the length and the last code
 * unit of a word are tested against those of the words first, so that most words of the article
 * are passed over without hashing them for a Set or Map probe (V8 hashes a string the first time
 * it is a key, and an article's words are new strings). It never says no to one of its words.
 */
export class KeyGate {
  /** Bit n set: some word has n code units (31 stands for 31 or more). */
  private lengths = 0;
  private readonly lastUnits: number[] = [];

  constructor(...sets: Iterable<string>[]) {
    for (const set of sets) {
      for (const w of set) {
        this.lengths |= 1 << Math.min(w.length, 31);
        const last = w.charCodeAt(w.length - 1);
        if (!this.lastUnits.includes(last)) this.lastUnits.push(last);
      }
    }
  }

  /** False where `w` is surely none of the words; true where it may be one. */
  mayHave(w: string): boolean {
    return (this.lengths & (1 << Math.min(w.length, 31))) !== 0 && this.lastUnits.includes(w.charCodeAt(w.length - 1));
  }
}
