import {categories} from "./catalog.js";
import {createRng} from "./random.js";
import {weightedChoice} from "./weightedChoice.js";

/** Merchants: each sells in one category; merchant_id = 1..count in random order. */
export interface Merchants {
  /** Category code of merchant_id − 1. */
  category: Uint8Array;
  /** For each category, a sampler from a uniform draw to a merchant_id (Zipf-like popularity, s = 1.1). */
  pickInCategory: ((u: number) => number)[];
}

/**
 * Draws `count` merchants (at least one per category, the rest in proportion to the
 * categories' shares) from stream "merchants" of `seed`.
 *
 * @example
 * merchants(7, 400).category.length // => 400
 */
export function merchants(seed: number, count: number): Merchants {
  if (count < categories.length) throw new RangeError(`merchants requires at least ${categories.length} merchants (one per category); got ${count}`);
  const rng = createRng(seed, "merchants");
  const perCategory = categories.map((c) => Math.max(1, Math.floor(c.share * (count - categories.length))) );
  let spare = count - perCategory.reduce((a, b) => a + b, 0);
  for (let k = 0; spare > 0; k = (k + 1) % categories.length, --spare) perCategory[k]! += 1;
  const ids = Int32Array.from({length: count}, (_, i) => i + 1);
  for (let i = count - 1; i > 0; --i) {
    const j = rng.int(i + 1);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  const category = new Uint8Array(count);
  let next = 0;
  const pickInCategory = perCategory.map((n, k) => {
    const members = ids.slice(next, (next += n));
    for (const id of members) category[id - 1] = k;
    const pick = weightedChoice(Float64Array.from(members, (_, rank) => 1 / Math.pow(rank + 1, 1.1)));
    return (u: number) => members[pick(u)]!;
  });
  return {category, pickInCategory};
}
