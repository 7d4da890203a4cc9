/**
 * A seeded random holdout: 1 for about `share` of the ids, 0 for the rest. The draw
 * depends only on (id, seed), so an id lands on the same side in every training set
 * built from the same rows (murmur3's 32-bit finalizer over the two).
 *
 * @example holdoutMask([1, 2, 3, 4], 0, 7) // => Uint8Array [0, 0, 0, 0]
 */
export function holdoutMask(ids: ArrayLike<number>, share: number, seed: number): Uint8Array {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`holdoutMask requires a share in [0, 1], got ${share}`);
  const threshold = share * 4294967296;
  return Uint8Array.from({length: ids.length}, (_, i) => (mix(ids[i]! ^ mix(seed >>> 0)) < threshold ? 1 : 0));
}

function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
