import { foldText } from "./values";

// Names and codes as people type them → ids, within one commune only (the scope's lists are
// the only entries). A name two entries share is ambiguous, never guessed. Pure.

export const AMBIGUOUS = Symbol("ambiguous");
export type Found<T> = T | typeof AMBIGUOUS | undefined;

export class NameLookup<T> {
  private readonly map = new Map<string, T | typeof AMBIGUOUS>();
  // A file repeats the same few villages, channels and names thousands of times: fold each once.
  private readonly seen = new Map<string, Found<T>>();

  constructor(entries: Iterable<{ value: T; names: readonly (string | null | undefined)[] }>) {
    for (const { value, names } of entries) {
      const keys = new Set(names.filter((n): n is string => !!n && n.trim() !== "").map(foldText));
      for (const key of keys) {
        const had = this.map.get(key);
        this.map.set(key, had === undefined || had === value ? value : AMBIGUOUS);
      }
    }
  }

  find(text: string): Found<T> {
    if (this.seen.has(text)) return this.seen.get(text);
    const found = text.trim() === "" ? undefined : this.map.get(foldText(text));
    if (this.seen.size < 100_000) this.seen.set(text, found);
    return found;
  }
}
