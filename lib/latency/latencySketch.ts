import type {DDSketch} from "@datadog/sketches-js";
import sketches from "@datadog/sketches-js";

// The package is CommonJS: Framework's browser bundle of it has only a default export
// (a named `import {DDSketch}` fails there with "does not provide an export named"), and
// Node gives module.exports as the default too.
const {DDSketch: Sketch} = sketches;

/** The relative accuracy of every latency sketch: a quantile is within 1% of the exact lower quantile. */
export const sketchRelativeAccuracy = 0.01;

/**
 * A DDSketch (`@datadog/sketches-js`, relative accuracy 0.01) of latencies in ms, empty
 * without `values`. Its `getValueAtQuantile(q)` is within 1% of the exact lower
 * q-quantile ({@link lowerQuantile}). Values must be non-negative numbers (throws
 * otherwise): the package's 2.1.1 `merge()` drops the negative store (sketches-js issue #22).
 *
 * @example latencySketch([1, 2, 3, 4, 100]).getValueAtQuantile(0.5) // => 2.974233423476717
 */
export function latencySketch(values: ArrayLike<number> = []): DDSketch {
  const sketch = new Sketch({relativeAccuracy: sketchRelativeAccuracy});
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0 && v < Infinity)) throw new RangeError(`latencySketch requires finite non-negative values, got ${v} at index ${i}`);
    sketch.accept(v);
  }
  return sketch;
}

/**
 * One new sketch holding every value of `sketches` (the inputs are left as they were):
 * a quantile of the merge is within the same relative accuracy of the union's lower
 * quantile as a sketch built from the union.
 *
 * @example mergeSketches([latencySketch([1, 2]), latencySketch([3])]).count // => 3
 */
export function mergeSketches(sketches: Iterable<DDSketch>): DDSketch {
  const merged = latencySketch();
  for (const sketch of sketches) merged.merge(sketch);
  return merged;
}

/**
 * A sketch's serialized size in bytes: its protobuf encoding (`toProto()`, the format
 * DDSketch implementations exchange), which needs the `protobufjs` package.
 *
 * @example sketchBytes(latencySketch([1, 2, 3])) // => 1067
 */
export function sketchBytes(sketch: DDSketch): number {
  return sketch.toProto().byteLength;
}
