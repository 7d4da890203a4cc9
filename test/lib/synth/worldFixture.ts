import type {Table} from "apache-arrow";
import {generateWorld} from "../../../lib/synth/index.js";

/** A world small enough for unit tests, big enough for shares to settle. */
export const tinySize = {customers: 200, transactions: 20_000, merchants: 100, requests: 5_000, driftRows: 2_000};
export const start = Date.UTC(2026, 0, 1);
export const days = 90;
export const end = start + days * 86_400_000;

let cached: ReturnType<typeof generateWorld> | undefined;
/** The tiny world of seed 7, generated once per test file. */
export function tinyWorld(): ReturnType<typeof generateWorld> {
  return (cached ??= generateWorld({seed: 7, size: tinySize}));
}

/** A column as plain JS values (nulls kept; timestamps as epoch ms). */
export function column<T = any>(table: Table, name: string): T[] {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`no column ${name} in ${table.schema.fields.map((f) => f.name)}`);
  return [...vector] as T[];
}

/** Type-7 quantile of numbers (test-side reference). */
export function quantile(values: number[], q: number): number {
  const sorted = Float64Array.from(values).sort();
  const h = (sorted.length - 1) * q, lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!);
}
