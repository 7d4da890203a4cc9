import fc from "fast-check";
import {Table, vectorFromArray, Int32, Float64, Utf8, TimestampMillisecond, Dictionary, type DataType, type Vector} from "apache-arrow";
import type {PointInTimeView} from "../../../lib/pit/pointInTimeInput.js";

/** A random point-in-time join: a spine and views as plain columns, rich in ties and boundaries. */
export interface PitCase {
  spine: Record<string, unknown[]>;
  views: {view: PointInTimeView; columns: Record<string, unknown[]>}[];
  /** Row counts of the batches each feature table is split into. */
  batches: number[][];
}

const hour = 3_600_000;
const ts = fc.integer({min: 0, max: 8}).map((h) => h * hour);
const maybe = <T>(arb: fc.Arbitrary<T>, nulls = 0.2) => fc.oneof({weight: Math.round(100 * (1 - nulls)), arbitrary: arb}, {weight: Math.round(100 * nulls), arbitrary: fc.constant(null)});

function viewArbitrary(name: string, composite: boolean) {
  const row = fc.record({
    id: fc.integer({min: 1, max: 3}),
    region: fc.constantFrom("n", "s"),
    ts: maybe(ts, 0.05),
    created: maybe(fc.integer({min: 0, max: 2}).map((m) => m * 60_000), 0.15),
    amount: maybe(fc.integer({min: -5, max: 5}).map((v) => v / 2)),
    label: maybe(fc.constantFrom("a", "b", "c")),
  });
  return fc.record({
    rows: fc.array(row, {maxLength: 24}),
    ttlHours: fc.option(fc.integer({min: 1, max: 4}), {nil: undefined}),
    withCreated: fc.boolean(),
    cuts: fc.array(fc.integer({min: 0, max: 24}), {maxLength: 3}),
  }).map(({rows, ttlHours, withCreated, cuts}) => {
    const view: PointInTimeView = {
      name, joinKeys: composite ? ["id", "region"] : ["id"], timestampField: "ts", features: ["amount", "label"],
      ...(withCreated ? {createdTimestampField: "created"} : {}), ...(ttlHours ? {ttlMs: ttlHours * hour} : {}),
    };
    const columns: Record<string, unknown[]> = {id: [], region: [], ts: [], created: [], amount: [], label: []};
    for (const r of rows) for (const [k, v] of Object.entries(r)) columns[k]!.push(v);
    return {view, columns, batches: batchSizes(rows.length, cuts)};
  });
}

function batchSizes(n: number, cuts: number[]): number[] {
  const points = [...new Set(cuts.filter((c) => c > 0 && c < n))].sort((a, b) => a - b);
  return [...points, n].map((p, i) => p - (i ? points[i - 1]! : 0));
}

export const pitCase: fc.Arbitrary<PitCase> = fc.boolean().chain((composite) => fc.record({
  spineRows: fc.array(fc.record({id: maybe(fc.integer({min: 0, max: 4}), 0.05), region: fc.constantFrom("n", "s", "w"), event_timestamp: maybe(ts, 0.05), note: fc.integer()}), {maxLength: 16}),
  views: fc.array(fc.boolean(), {minLength: 1, maxLength: 2}).chain((vs) => fc.tuple(...vs.map((_, i) => viewArbitrary(`v${i}`, composite)))),
}).map(({spineRows, views}) => {
  const spine: Record<string, unknown[]> = {id: [], region: [], event_timestamp: [], note: []};
  for (const r of spineRows) for (const [k, v] of Object.entries(r)) spine[k]!.push(v);
  return {spine, views: views.map(({view, columns}) => ({view, columns})), batches: views.map((v) => v.batches)};
}));

const types: Record<string, () => DataType> = {
  id: () => new Int32(), region: () => new Dictionary(new Utf8(), new Int32()), ts: () => new TimestampMillisecond(),
  event_timestamp: () => new TimestampMillisecond(), created: () => new TimestampMillisecond(), amount: () => new Float64(),
  label: () => new Utf8(), note: () => new Int32(),
};

/**
 * Plain columns as an Arrow table, split into batches of the given sizes. `plainStrings`
 * loads region as Utf8: duckdb-wasm's loadArrow rejects an empty table with a dictionary
 * column ("IPC stream did not have the expected number (1) of dictionaries").
 */
export function toArrow(columns: Record<string, unknown[]>, batches: number[] = [], {plainStrings = false} = {}): Table {
  const vectors: Record<string, Vector> = {};
  for (const [name, values] of Object.entries(columns)) {
    const type = plainStrings && name === "region" ? new Utf8() : types[name]!();
    const parts = batches.length > 1 ? sliceAll(values, batches) : [values];
    vectors[name] = parts.map((part) => vectorFromArray(part, type)).reduce((a, b) => a.concat(b));
  }
  return new Table(vectors);
}

function sliceAll(values: unknown[], sizes: number[]): unknown[][] {
  let at = 0;
  return sizes.map((size) => values.slice(at, (at += size)));
}

/** An Arrow table's columns as plain values (bigints as numbers), for comparing with the reference. */
export function toPlain(table: Table): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const field of table.schema.fields) {
    out[field.name] = Array.from(table.getChild(field.name)!, (v: unknown) => (typeof v === "bigint" ? Number(v) : v ?? null));
  }
  return out;
}
