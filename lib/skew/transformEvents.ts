import {Table, type Vector} from "apache-arrow";
import {numericValues} from "../drift/columnKind.js";
import {float64Column, int32Column, timestampColumn} from "../synth/columns.js";
import type {WindowEvents} from "./transformVariants.js";

/** Events to stress a window with; both shares are 0 by default. */
export interface TransformEventOptions {
  /** Window length (ms): a boundary twin comes exactly this long after its event. */
  windowMs: number;
  /** 0..1: share of events given a twin exactly one window later (same key and amount), so the twin's window starts on an event. */
  boundaryShare?: number;
  /** 0..1: share of events whose value is made null. */
  nullShare?: number;
  /** Keep only purchases before this instant (epoch ms; default all). */
  until?: number;
}

/** The events and what was injected: 1 marks a boundary twin in `twin`, a value made null in `nulled`. */
export interface TransformEvents extends WindowEvents {
  twin: Uint8Array;
  nulled: Uint8Array;
}

/**
 * A window feature's input from a transactions table (txn_id, customer_id,
 * event_timestamp, amount, is_correction): one event per purchase (corrections left
 * out; only those before `until`), in txn_id order (as the SQL twin orders its output),
 * with injected ties and nulls. Which events are picked is a
 * fixed hash of txn_id (no seed, the same rows every time; a larger share picks a
 * superset); twins get ids after the largest txn_id and come last. Throws on a missing
 * column or a share outside [0, 1].
 *
 * @example transformEvents(generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions, {windowMs: 604_800_000, boundaryShare: 0.01}).twin.reduce((a, b) => a + b) // => 997 (of 99,726 purchases)
 */
export function transformEvents(transactions: Table, options: TransformEventOptions): TransformEvents {
  const {windowMs, boundaryShare = 0, nullShare = 0, until = Infinity} = options;
  for (const [name, share] of Object.entries({boundaryShare, nullShare})) {
    if (!(share >= 0 && share <= 1)) throw new RangeError(`transformEvents requires ${name} in [0, 1], got ${share}`);
  }
  if (!Number.isInteger(windowMs) || windowMs <= 0) throw new RangeError(`transformEvents requires windowMs a whole number of milliseconds > 0, got ${windowMs}`);
  const column = (name: string): Vector => {
    const v = transactions.getChild(name);
    if (!v) throw new RangeError(`transformEvents requires column ${JSON.stringify(name)}, got ${transactions.schema.fields.map((f) => f.name).join(", ")}`);
    return v;
  };
  const [ids, keys, times, amounts, correction] = [numericValues(column("txn_id")), numericValues(column("customer_id")), column("event_timestamp"), numericValues(column("amount")), column("is_correction")];
  const rows: number[] = [];
  for (let i = 0; i < transactions.numRows; i++) if (correction.get(i) !== true && Number(times.get(i)) < until) rows.push(i);
  rows.sort((a, b) => ids[a]! - ids[b]!);
  const twins = rows.filter((i) => picked(ids[i]!, boundaryShare, 0x5bd1e995));
  const n = rows.length + twins.length;
  const out: TransformEvents = {id: new Int32Array(n), key: new Int32Array(n), time: new Float64Array(n), value: new Float64Array(n), twin: new Uint8Array(n), nulled: new Uint8Array(n)};
  let next = ids.reduce((a, b) => Math.max(a, b), 0);
  [...rows, ...twins].forEach((i, r) => {
    const isTwin = r >= rows.length;
    out.id[r] = isTwin ? ++next : ids[i]!;
    out.key[r] = keys[i]!;
    out.time[r] = Number(times.get(i)) + (isTwin ? windowMs : 0);
    out.nulled[r] = !isTwin && picked(ids[i]!, nullShare, 0x27d4eb2f) ? 1 : 0;
    out.value[r] = out.nulled[r] ? NaN : amounts[i]!;
    out.twin[r] = isTwin ? 1 : 0;
  });
  return out;
}

/** True for about `share` of ids: a multiplicative hash of (id xor salt) below share · 2³². */
function picked(id: number, share: number, salt: number): boolean {
  return share > 0 && (Math.imul((id ^ salt) >>> 0, 0x9e3779b1) >>> 0) < share * 4294967296;
}

/**
 * Events as the Arrow table a variant's SQL reads: txn_id, customer_id, event_timestamp
 * (a TIMESTAMP in ms), amount (nulls for NaN).
 *
 * @example transformEventsTable({id: Int32Array.of(1), key: Int32Array.of(5), time: Float64Array.of(0), value: Float64Array.of(NaN)}).getChild("amount").nullCount // => 1
 */
export function transformEventsTable(events: WindowEvents): Table {
  return new Table({txn_id: int32Column(events.id), customer_id: int32Column(events.key), event_timestamp: timestampColumn(events.time), amount: float64Column(events.value)});
}

/**
 * One computed feature as a table to compare: txn_id and feature (nulls for NaN), in the
 * events' order; what skewReport and fingerprintTable read.
 *
 * @example featureTable({id: Int32Array.of(1, 2), key: Int32Array.of(5, 5), time: Float64Array.of(0, 1), value: Float64Array.of(1, 2)}, Float64Array.of(1, NaN)).getChild("feature").nullCount // => 1
 */
export function featureTable(events: WindowEvents, feature: Float64Array): Table {
  if (feature.length !== events.id.length) throw new RangeError(`featureTable requires one feature value per event, got ${feature.length} for ${events.id.length} events`);
  return new Table({txn_id: int32Column(events.id), feature: float64Column(feature)});
}
