/**
 * L∞ distance of two categorical distributions, as TensorFlow Data Validation measures
 * skew of a categorical feature: the largest |p − q| over the categories of either, p and
 * q each count's share of its window's (non-null) total. Null when a window is empty.
 *
 * @example linfDistance(new Map([["a", 3], ["b", 1]]), new Map([["a", 1], ["b", 1]])) // => 0.25
 */
export function linfDistance(training: ReadonlyMap<string, number>, serving: ReadonlyMap<string, number>): number | null {
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const [nt, ns] = [total(training), total(serving)];
  if (nt === 0 || ns === 0) return null;
  let max = 0;
  for (const c of new Set([...training.keys(), ...serving.keys()])) max = Math.max(max, Math.abs((training.get(c) ?? 0) / nt - (serving.get(c) ?? 0) / ns));
  return max;
}
