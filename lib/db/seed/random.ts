// A small seeded PRNG so the demo is the same on every machine and every run: same seed, same data.
// mulberry32: 32-bit state, fast, good enough for demo data (not for anything secret).

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string: derives independent, stable sub-seeds from names ("households:HV-TL"). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A generator for one concern, independent of how much randomness other concerns draw. */
  static for(seed: number, label: string): Random {
    return new Random((seed ^ hashString(label)) >>> 0);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform real in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let roll = this.next() * total;
    for (const [item, w] of items) {
      roll -= w;
      if (roll < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** `count` distinct items (or all of them if fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  /** Number of successes in `n` trials of probability `p`. */
  binomial(n: number, p: number): number {
    let k = 0;
    for (let i = 0; i < n; i++) if (this.next() < p) k++;
    return k;
  }
}

/**
 * Splits `total` into `parts` non-negative integers that sum exactly to `total`, each at most its
 * cap (caps default to unbounded) and at least its floor. Used where a reported figure must come
 * out exactly (86 people in Hải Vân's first days, 14 smartphones in Ninh Kiều).
 */
export function distribute(
  rng: Random,
  total: number,
  parts: number,
  options: { floors?: readonly number[]; caps?: readonly number[] } = {},
): number[] {
  const floors = Array.from({ length: parts }, (_, i) => options.floors?.[i] ?? 0);
  const caps = Array.from({ length: parts }, (_, i) => options.caps?.[i] ?? Number.POSITIVE_INFINITY);
  const out = [...floors];
  let left = total - floors.reduce((s, f) => s + f, 0);
  const capacity = caps.reduce((s, c, i) => s + (c - floors[i]!), 0);
  if (left < 0 || left > capacity) throw new Error(`cannot distribute ${total} over ${parts} parts`);
  while (left > 0) {
    const open = out.map((v, i) => (v < caps[i]! ? i : -1)).filter((i) => i >= 0);
    const i = rng.pick(open);
    out[i]!++;
    left--;
  }
  return out;
}
