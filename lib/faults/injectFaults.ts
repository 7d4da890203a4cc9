import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";

/**
 * One way a producer breaks its data. `share` (0–1) is the chance that a given row is hit;
 * rows are picked by a hash of their key and the fault's own salt, so the same table
 * always gets the same faults, and two faults pick independent rows.
 */
export type Fault =
  /** `column` becomes NULL. */
  | {kind: "null"; column: string; share: number}
  /** `column` becomes `value` (a bad category, a sentinel such as -1 or "N/A"). */
  | {kind: "value"; column: string; share: number; value: string | number}
  /** `column` changes sign: a numeric bug that stays in the column's type. */
  | {kind: "negate"; column: string; share: number}
  /** `column` is set to `reference` minus `ms` milliseconds (a clock that runs behind). */
  | {kind: "before"; column: string; share: number; reference: string; ms: number}
  /** The row arrives twice. */
  | {kind: "duplicate"; share: number};

export interface FaultOptions {
  /** The table to read. */
  source: string;
  /** The columns whose values identify a row, hashed to pick the rows a fault hits. */
  key: readonly string[];
  faults: readonly Fault[];
  /** A salt for the row picks; change it for another draw of the same shares. */
  seed?: number;
}

const scale = 1_000_000;

/**
 * A query returning `source` with faults injected: per column one CASE (the first fault
 * that picks a row wins), then duplicated rows appended with UNION ALL. Rows are picked
 * with DuckDB's `hash` of the key, so the result is the same on every engine.
 *
 * @example injectFaults({source: "t", key: ["id"], faults: [{kind: "null", column: "a", share: 0.1}]}).text // => 'SELECT * REPLACE (CASE WHEN hash("id", ?) % 1000000 < ? THEN NULL ELSE "a" END AS "a") FROM "t"'
 */
export function injectFaults({source, key, faults, seed = 0}: FaultOptions): SqlFragment {
  if (key.length === 0) throw new Error("injectFaults requires at least one key column to pick rows by, got none");
  for (const f of faults) {
    if (!(f.share >= 0 && f.share <= 1)) throw new Error(`injectFaults requires each share between 0 and 1, got ${f.share} (${f.kind})`);
  }
  const keys = key.map((k) => ident(k));
  const picked = (f: Fault, i: number) => sql`hash(${join(keys)}, ${`${seed}:${i}:${f.kind}`}) % ${raw(String(scale))} < ${Math.round(f.share * scale)}`;
  const columns = new Map<string, SqlFragment[]>();
  faults.forEach((f, i) => {
    if (f.kind === "duplicate" || f.share === 0) return;
    const col = ident(f.column);
    const replacement = f.kind === "null" ? raw("NULL")
      : f.kind === "negate" ? sql`-${col}`
      : f.kind === "value" ? sql`CAST(${f.value} AS ${raw(typeof f.value === "number" ? "DOUBLE" : "VARCHAR")})`
      : sql`${ident(f.reference)} - to_milliseconds(CAST(${f.ms} AS BIGINT))`;
    columns.set(f.column, [...(columns.get(f.column) ?? []), sql`WHEN ${picked(f, i)} THEN ${replacement}`]);
  });
  const replaced = [...columns].map(([name, whens]) => sql`CASE ${join(whens, " ")} ELSE ${ident(name)} END AS ${ident(name)}`);
  const select = replaced.length ? sql`SELECT * REPLACE (${join(replaced)}) FROM ${ident(source)}` : sql`SELECT * FROM ${ident(source)}`;
  const duplicates = faults.flatMap((f, i) => (f.kind === "duplicate" && f.share > 0 ? [picked(f, i)] : []));
  if (!duplicates.length) return select;
  return sql`WITH ${ident("with_faults")} AS (${select}) SELECT * FROM ${ident("with_faults")} UNION ALL SELECT * FROM ${ident("with_faults")} WHERE ${join(duplicates, " OR ")}`;
}

