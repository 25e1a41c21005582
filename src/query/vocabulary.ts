/**
 * Keys of one kind (person ids, country codes, topics …) numbered 0, 1, 2 … in order of first
 * sight. Interning each reference once lets every later step (posting lists, counting sorts)
 * work on small integers in typed arrays instead of strings in maps.
 */
export class Vocabulary {
  private readonly numbers = new Map<string, number>();
  private readonly list: string[] = [];

  /** The number of `key`, assigning the next one on first sight. */
  intern(key: string): number {
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.list.length;
      this.numbers.set(key, number);
      this.list.push(key);
    }
    return number;
  }

  /** The number of `key`, or undefined when it was never interned. */
  get(key: string): number | undefined {
    return this.numbers.get(key);
  }

  /** The key with this number. */
  key(number: number): string {
    return this.list[number] ?? '';
  }

  get size(): number {
    return this.list.length;
  }

  /** Every key, in number order (the list itself: read-only by type, never copied). */
  get keys(): readonly string[] {
    return this.list;
  }
}

/** What a dimension needs to turn a key into a posting-list number (a vocabulary, or a map). */
export interface KeyLookup {
  get(key: string): number | undefined;
}
