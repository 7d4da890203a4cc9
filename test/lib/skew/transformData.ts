import fc from "fast-check";
import type {WindowEvents} from "../../../lib/skew/index.js";

const HOUR = 3_600_000, W = 7 * 86_400_000;

/** A feature's values as a plain list, NaN as null. */
export const list = (a: Float64Array): (number | null)[] => Array.from(a, (v) => (v === v ? v : null));

/** Events from plain columns (ids 1, 2, …), null values as NaN. */
export const events = (key: number[], time: number[], value: (number | null)[]): WindowEvents => ({
  id: Int32Array.from(key, (_, i) => i + 1), key: Int32Array.from(key), time: Float64Array.from(time), value: Float64Array.from(value, (v) => v ?? NaN),
});

/** Random events on a grid of quarter 7-day windows (so that events land exactly on t − w and share instants), amounts in cents as dollars, with nulls. */
export const arbitraryEvents = fc.array(fc.record({key: fc.integer({min: 1, max: 4}), slot: fc.integer({min: 0, max: 40}), jitter: fc.constantFrom(0, 0, 1, 2 * HOUR), cents: fc.option(fc.integer({min: 1, max: 500_000}), {freq: 6})}), {minLength: 1, maxLength: 60})
  .map((rows) => events(rows.map((r) => r.key), rows.map((r) => r.slot * (W / 4) + r.jitter), rows.map((r) => (r.cents === null ? null : r.cents / 100))));
