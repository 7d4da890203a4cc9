import {percentiles} from "./percentiles.js";

/** One row of {@link percentilesByGroup}: the rows `percentilesSql(…, [group column])` returns. */
export interface GroupPercentile {
  group: string;
  q: number;
  /** Type-7 quantile in the values' unit; null for a group without values. */
  value: number | null;
}

/**
 * Type-7 percentiles ({@link percentiles}) of `values` per group (`groups[i]` is the
 * group of `values[i]`, e.g. each lookup's feature view): one row per group and q, groups
 * in ascending order and qs in the order given, as `percentilesSql(table, column, qs,
 * [groupColumn])` orders its rows, so the two can be compared row by row.
 *
 * @example percentilesByGroup(["b", "a", "b", "a"], [1, 2, 3, 4], [0.5]) // => [{group: "a", q: 0.5, value: 3}, {group: "b", q: 0.5, value: 2}]
 */
export function percentilesByGroup(groups: ArrayLike<string>, values: ArrayLike<number>, qs: readonly number[]): GroupPercentile[] {
  if (groups.length !== values.length) throw new RangeError(`percentilesByGroup requires as many groups as values, got ${groups.length} and ${values.length}`);
  const counts = new Map<string, number>();
  for (let i = 0; i < groups.length; i++) counts.set(groups[i]!, (counts.get(groups[i]!) ?? 0) + 1);
  const columns = new Map([...counts].map(([g, n]) => [g, {values: new Float64Array(n), n: 0}]));
  for (let i = 0; i < groups.length; i++) {
    const c = columns.get(groups[i]!)!;
    c.values[c.n++] = values[i]!;
  }
  return [...columns.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((group) => {
      const result = percentiles(columns.get(group)!.values, qs);
      return qs.map((q, i) => ({group, q, value: result[i]!}));
    });
}
