import type {Vector} from "apache-arrow";
import {normalizeKey} from "./pointInTimeInput.js";
import {isNumberType, readInt32Column, readNumberColumn, readValueColumn} from "./readColumn.js";

/** Join keys of the feature rows and the spine rows as dense codes in [0, size); -1 never matches. */
export interface JoinKeyCodes {
  readonly feature: Int32Array;
  readonly spine: Int32Array;
  readonly size: number;
}

/**
 * Encodes the join key columns of a feature table and a spine into one shared code space,
 * once: a narrow integer range maps by offset, anything else through a hash map; composite
 * keys combine their columns' codes. Nulls (and NaN) get -1, as do spine keys outside the
 * features' integer range or unknown to the map (a spine key inside the range that no
 * feature row holds gets a code with no rows). Numbers, bigints and dates compare by value,
 * as in `normalizeKey`.
 *
 * @example encodeJoinKeys([vectorFromArray(["a", "b"], new Utf8())], [vectorFromArray(["b", "z"], new Utf8())]) // => {feature: Int32Array [0, 1], spine: Int32Array [1, -1], size: 2}
 */
export function encodeJoinKeys(featureColumns: readonly Vector[], spineColumns: readonly Vector[]): JoinKeyCodes {
  let codes = encodeColumn(featureColumns[0]!, spineColumns[0]!);
  for (let k = 1; k < featureColumns.length; k++) codes = combine(codes, encodeColumn(featureColumns[k]!, spineColumns[k]!));
  return codes;
}

function encodeColumn(feature: Vector, spine: Vector): JoinKeyCodes {
  if (isNumberType(feature.type) && isNumberType(spine.type)) {
    const ints = readInt32Column(feature);
    return encodeNumbers(ints ?? readNumberColumn(feature), readInt32Column(spine) ?? readNumberColumn(spine));
  }
  const lookup = new Map<unknown, number>();
  const encode = (values: unknown[], add: boolean) => Int32Array.from(values, (value) => {
    const key = normalizeKey(value);
    if (key === null || Number.isNaN(key)) return -1;
    let code = lookup.get(key);
    if (code === undefined && add) lookup.set(key, (code = lookup.size));
    return code ?? -1;
  });
  const featureCodes = encode(readValueColumn(feature), true);
  return {feature: featureCodes, spine: encode(readValueColumn(spine), false), size: lookup.size};
}

/** Encodes fresh copies of numeric key columns; Int32 inputs are rewritten in place. */
function encodeNumbers(feature: Float64Array | Int32Array, spine: Float64Array | Int32Array): JoinKeyCodes {
  let min = Infinity;
  let max = -Infinity;
  const ints = feature instanceof Int32Array;
  let integral = true;
  if (ints) for (let i = 0; i < feature.length; i++) {
    const value = feature[i]!;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  else for (const value of feature) {
    if (value < min) min = value;
    if (value > max) max = value;
    if (value !== Math.floor(value) && !Number.isNaN(value)) integral = false;
  }
  const range = max - min + 1;
  if (integral && range <= Math.max(2 * feature.length, 1 << 16)) {
    const offset = (values: Float64Array | Int32Array) => {
      const codes = values instanceof Int32Array ? values : new Int32Array(values.length);
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        codes[i] = v >= min && v <= max && v === Math.floor(v) ? v - min : -1;
      }
      return codes;
    };
    return {feature: offset(feature), spine: offset(spine), size: max < min ? 0 : range};
  }
  return densify(feature, spine);
}

/** Codes through a map, for sparse numbers; NaN gets -1. */
function densify(feature: ArrayLike<number>, spine: ArrayLike<number>): JoinKeyCodes {
  const lookup = new Map<number, number>();
  const featureCodes = Int32Array.from(feature, (value) => {
    if (Number.isNaN(value)) return -1;
    let code = lookup.get(value);
    if (code === undefined) lookup.set(value, (code = lookup.size));
    return code;
  });
  const spineCodes = Int32Array.from(spine, (value) => lookup.get(value) ?? -1);
  return {feature: featureCodes, spine: spineCodes, size: lookup.size};
}

function combine(a: JoinKeyCodes, b: JoinKeyCodes): JoinKeyCodes {
  const size = a.size * b.size;
  const direct = size <= Math.max(2 * a.feature.length, 1 << 16);
  const pair = (x: Int32Array, y: Int32Array) => {
    const codes = direct ? new Int32Array(x.length) : new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) codes[i] = x[i]! < 0 || y[i]! < 0 ? (direct ? -1 : NaN) : x[i]! * b.size + y[i]!;
    return codes;
  };
  const feature = pair(a.feature, b.feature);
  const spine = pair(a.spine, b.spine);
  return direct ? {feature: feature as Int32Array, spine: spine as Int32Array, size} : densify(feature, spine);
}
