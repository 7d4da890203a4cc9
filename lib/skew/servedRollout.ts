import type {Table} from "apache-arrow";

/**
 * A served log whose bug shipped at an instant: `before`'s rows up to it, `after`'s from
 * it (request time ≥ `fromMs`). Both logs must hold the same requests in the same order,
 * ascending by `time` (as lib/synth's servedFeatures writes them with different knobs);
 * misuse throws naming what differs.
 *
 * @example servedRollout(tableFromArrays({t: [1, 2, 3], x: [0, 0, 0]}), tableFromArrays({t: [1, 2, 3], x: [9, 9, 9]}), "t", 2).getChild("x").toArray() // => Float64Array [0, 9, 9]
 */
export function servedRollout(before: Table, after: Table, time: string, fromMs: number): Table {
  if (before.numRows !== after.numRows) throw new RangeError(`servedRollout requires two logs of the same requests, got ${before.numRows} and ${after.numRows} rows`);
  const [a, b] = [before.getChild(time), after.getChild(time)];
  if (!a || !b) throw new RangeError(`servedRollout requires a time column ${JSON.stringify(time)} in both logs`);
  const ms = (v: unknown) => Number(v instanceof Date ? v.getTime() : v);
  let cut = before.numRows;
  for (let i = 0; i < before.numRows; i++) {
    const t = ms(a.get(i));
    if (t !== ms(b.get(i))) throw new RangeError(`servedRollout requires the same request times in both logs, got ${a.get(i)} and ${b.get(i)} at row ${i}`);
    if (i > 0 && t < ms(a.get(i - 1))) throw new RangeError(`servedRollout requires logs ascending by ${time}, got row ${i} before row ${i - 1}`);
    if (t >= fromMs && cut === before.numRows) cut = i;
  }
  return before.slice(0, cut).concat(after.slice(cut));
}
