import type {DDSketch} from "@datadog/sketches-js";
import {latencySketch, mergeSketches} from "./latencySketch.js";

/**
 * One latency sketch per time window (`windowMs`, e.g. 60_000 for per minute), keyed by
 * the window's start in epoch ms (a multiple of `windowMs`), in ascending order; windows
 * without values are absent. `times` in epoch ms, `latencies` in ms (non-negative).
 *
 * @example [...sketchesByWindow([0, 30_000, 60_000], [1, 2, 3], 60_000)].map(([start, s]) => [start, s.count]) // => [[0, 2], [60000, 1]]
 */
export function sketchesByWindow(times: ArrayLike<number>, latencies: ArrayLike<number>, windowMs: number): Map<number, DDSketch> {
  checkWindow("sketchesByWindow", windowMs);
  if (times.length !== latencies.length) throw new RangeError(`sketchesByWindow requires as many times as latencies, got ${times.length} and ${latencies.length}`);
  const sketches = new Map<number, DDSketch>();
  for (let i = 0; i < times.length; i++) {
    const start = Math.floor(times[i]! / windowMs) * windowMs;
    if (Number.isNaN(start)) throw new RangeError(`sketchesByWindow requires times in epoch ms, got ${times[i]} at index ${i}`);
    let sketch = sketches.get(start);
    if (!sketch) sketches.set(start, (sketch = latencySketch()));
    const v = latencies[i]!;
    if (!(v >= 0 && v < Infinity)) throw new RangeError(`sketchesByWindow requires finite non-negative latencies, got ${v} at index ${i}`);
    sketch.accept(v);
  }
  return ascending(sketches);
}

/**
 * Rolls sketches keyed by window start up into longer windows (minutes → hours → days):
 * each `windowMs` window's sketch is the merge of the sketches that start in it. Keys are
 * the new windows' starts, ascending; the inputs are left as they were.
 *
 * @example rollUp(sketchesByWindow([0, 60_000, 3_600_000], [1, 2, 3], 60_000), 3_600_000).get(0)!.count // => 2
 */
export function rollUp(sketches: ReadonlyMap<number, DDSketch>, windowMs: number): Map<number, DDSketch> {
  checkWindow("rollUp", windowMs);
  const groups = new Map<number, DDSketch[]>();
  for (const [start, sketch] of sketches) {
    const window = Math.floor(start / windowMs) * windowMs;
    const group = groups.get(window);
    if (group) group.push(sketch);
    else groups.set(window, [sketch]);
  }
  return ascending(new Map([...groups].map(([window, group]) => [window, mergeSketches(group)])));
}

function ascending<V>(map: Map<number, V>): Map<number, V> {
  return new Map([...map].sort((a, b) => a[0] - b[0]));
}

function checkWindow(name: string, windowMs: number): void {
  if (!(windowMs > 0 && windowMs < Infinity)) throw new RangeError(`${name} requires windowMs > 0, got ${windowMs}`);
}
