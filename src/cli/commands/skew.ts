import type {DataType} from "apache-arrow";
import {columnKind} from "../../../lib/drift/index.js";
import {infiniteCounts, keyKind, keyText, repeatedKey, skewReportSql, type SkewReport} from "../../../lib/skew/index.js";
import {ident, join, sql, type SqlEngine} from "../../../lib/sql/index.js";
import {createNativeEngine} from "../../engines/index.js";
import {InputError} from "../../io/inputError.js";
import {oneOf, parseOptions, required, UsageError} from "../command.js";
import {loadData} from "./check.js";
import {kindName, parseNumber} from "./drift.js";

export const name = "skew";
export const summary = "training-serving skew: served vs recomputed features, match rate and distribution skew per column";
export const usage = `Usage: fslab skew --training FILE --serving FILE --key COL[,COL...] [--columns a,b] [--rtol 1e-6]
                 [--atol 1e-9] [--min-match 0.99] [--format text|json]

Joins the features training recomputes with the features the online path served, on the
key (an inner join; CSV, Parquet or Arrow IPC files, by extension), in native DuckDB, and
compares them column by column, as TensorFlow Data Validation does:
  numbers      equal when |serving − training| ≤ atol + rtol·|training| (numpy's
               isclose(serving, training)); both null (or NaN) is equal, one null is a
               null mismatch
  text         equal when identical (booleans as true/false)
match rate = equal / matched rows; a column fails below --min-match. Distribution skew over
all non-null rows of each file, training as the reference: JS divergence (natural log)
over drift's 10 bins at training's quantiles for numbers, L∞ = max |p − q| over the
categories for text and booleans. The first 5 differing rows by key are shown.

Options:
  --training FILE   the features as training computes them (the reference)
  --serving FILE    the features as they were served
  --key LIST        key columns, separated by commas; each key at most once per file
  --columns LIST    columns to compare (default: every numeric, text or boolean column of
                    the training file that the serving file also has, other than the key)
  --rtol X          relative tolerance, to the training value, ≥ 0 (default 1e-6)
  --atol X          absolute tolerance, ≥ 0 (default 1e-9)
  --min-match X     match rate below which a column fails, in [0, 1] (default 0.99)
  --format F        text (default, a table) or json (full precision):
                    {"key": [..], "rows": {"training", "serving", "matched", "training_only",
                    "serving_only"}, "columns": [{"column", "kind", "compared", "equal",
                    "match_rate", "null_mismatch", "mean_abs_diff", "max_abs_diff",
                    "distribution": {"kind", "metric": "js"|"linf", "value"},
                    "status": "pass"|"fail", "examples": [{"key", "training", "serving",
                    "abs_diff"}]}]}

Exit codes: 0 every column passes, 1 a column's match rate is below --min-match (or no row
matched), 2 bad usage or input (a repeated key or a missing key column named).`;

type Side = "training" | "serving";
type Schema = Awaited<ReturnType<SqlEngine["query"]>>["schema"];

export async function run(args: string[]): Promise<number> {
  const {values} = parseOptions(args, {
    training: {type: "string"}, serving: {type: "string"}, key: {type: "string"}, columns: {type: "string"},
    rtol: {type: "string", default: "1e-6"}, atol: {type: "string", default: "1e-9"},
    "min-match": {type: "string", default: "0.99"}, format: {type: "string", default: "text"},
  });
  const files: Record<Side, string> = {training: required(values.training, "training"), serving: required(values.serving, "serving")};
  const key = names("key", required(values.key, "key"));
  const rtol = parseNumber("rtol", values.rtol, "a number ≥ 0", (x) => x >= 0);
  const atol = parseNumber("atol", values.atol, "a number ≥ 0", (x) => x >= 0);
  const minMatch = parseNumber("min-match", values["min-match"], "a number in [0, 1]", (x) => x >= 0 && x <= 1);
  const columns = values.columns === undefined ? undefined : names("columns", values.columns);
  const format = oneOf(values.format, ["text", "json"] as const, "format");
  const engine = await createNativeEngine();
  let report: SkewReport;
  try {
    const schemas = {} as Record<Side, Schema>;
    for (const side of ["training", "serving"] as const) {
      await loadData(engine, files[side], `${side}_file`);
      schemas[side] = (await engine.query(sql`select * from ${ident(`${side}_file`)} limit 0`)).schema;
    }
    const compared = checkColumns(schemas, files, key, columns);
    for (const side of ["training", "serving"] as const) {
      // One read of each file; the report scans the copies (CSV is already a table, Parquet a view).
      await engine.query(sql`create table ${ident(side)} as select ${join([...key, ...compared.map((c) => c.column)].map((c) => ident(c)))} from ${ident(`${side}_file`)}`);
      const count = await engine.query(sql`select count(*)::DOUBLE as n from ${ident(side)}`);
      if (Number(count.get(0)!.toJSON().n) === 0) throw new InputError(`${files[side]} has no rows: nothing to compare`);
      const repeated = await repeatedKey(engine, side, key);
      if (repeated) throw new InputError(`key ${keyText(key, repeated.key)} occurs ${repeated.count} times in ${files[side]}: skew joins each key at most once per file`);
      const infinite = await infiniteCounts(engine, side, compared.filter((c) => c.kind === "numeric").map((c) => c.column));
      for (const [column, n] of Object.entries(infinite)) {
        if (n > 0) throw new InputError(`column ${JSON.stringify(column)} of ${files[side]} holds ${n} infinite value${n > 1 ? "s" : ""}: skew needs finite numbers (or nulls)`);
      }
    }
    report = await skewReportSql(engine, "training", "serving", {key, columns: compared.map((c) => c.column), rtol, atol, minMatch});
  } finally {
    await engine.close();
  }
  process.stdout.write((format === "json" ? JSON.stringify(report) : textReport(report, files, {minMatch, text: {rtol: values.rtol, atol: values.atol, minMatch: values["min-match"]}})) + "\n");
  return report.columns.some((c) => c.status === "fail") ? 1 : 0;
}

/** The key and the compared columns checked against both files, or a one-line error naming the column and the file. */
function checkColumns(schemas: Record<Side, Schema>, files: Record<Side, string>, key: string[], columns: string[] | undefined): {column: string; kind: "numeric" | "categorical"}[] {
  const types = (s: Side) => new Map(schemas[s].fields.map((f) => [f.name, f.type as DataType]));
  const [t, s] = [types("training"), types("serving")];
  const sides = [["training", t], ["serving", s]] as const;
  for (const k of key) {
    for (const [side, map] of sides) if (!map.has(k)) throw new InputError(`key column ${JSON.stringify(k)} is not in ${files[side]} (it has ${[...map.keys()].join(", ")})`);
    for (const [side, map] of sides) if (keyKind(map.get(k)!) === null) throw new InputError(`key column ${JSON.stringify(k)} of ${files[side]} is ${kindName(map.get(k)!)}: skew joins on numbers, text, booleans or times`);
    if (keyKind(t.get(k)!) !== keyKind(s.get(k)!)) throw new InputError(`key column ${JSON.stringify(k)} is ${kindName(t.get(k)!)} in ${files.training} but ${kindName(s.get(k)!)} in ${files.serving}: the join needs one kind`);
  }
  for (const c of columns ?? []) {
    if (key.includes(c)) throw new UsageError(`--columns names the key column ${JSON.stringify(c)}; the key is joined on, not compared`);
    for (const [side, map] of sides) if (!map.has(c)) throw new UsageError(`--columns ${JSON.stringify(c)} is not in ${files[side]} (it has ${[...map.keys()].join(", ")})`);
  }
  const compared = columns ?? [...t.keys()].filter((c) => !key.includes(c) && s.has(c) && columnKind(t.get(c)!) !== null && columnKind(s.get(c)!) !== null);
  if (compared.length === 0) throw new InputError(`${files.training} and ${files.serving} share no numeric, text or boolean column besides the key; choose columns with --columns`);
  return compared.map((column) => {
    for (const [side, map] of sides) if (columnKind(map.get(column)!) === null) throw new InputError(`column ${JSON.stringify(column)} of ${files[side]} is ${kindName(map.get(column)!)}: skew compares numbers, text or booleans`);
    const [a, b] = [columnKind(t.get(column)!)!, columnKind(s.get(column)!)!];
    if (a !== b) throw new InputError(`column ${JSON.stringify(column)} is ${kindName(t.get(column)!)} in ${files.training} but ${kindName(s.get(column)!)} in ${files.serving}: skew compares a column with itself`);
    return {column, kind: a};
  });
}

/** `--key a,b` or `--columns a,b` as names, each non-empty, none twice. */
function names(flag: string, text: string): string[] {
  const list = text.split(",").map((c) => c.trim());
  if (list.some((c) => c === "")) throw new UsageError(`--${flag} takes column names separated by commas, got ${JSON.stringify(text)}`);
  const twice = list.find((c, i) => list.indexOf(c) !== i);
  if (twice !== undefined) throw new UsageError(`--${flag} names ${JSON.stringify(twice)} twice`);
  return list;
}

/** The report as a person reads it: the join, one line per column, the examples of failing columns, a verdict. */
function textReport(report: SkewReport, files: Record<Side, string>, o: {minMatch: number; text: {rtol: string; atol: string; minMatch: string}}): string {
  const precise = (x: number | null) => (x === null ? "-" : String(Number(x.toPrecision(4))));
  const pct = (x: number | null) => (x === null ? "-" : `${(100 * x).toFixed(2)}%`);
  const r = report.rows;
  const header = ["column", "kind", "compared", "equal", "match", "null mismatch", "mean |Δ|", "max |Δ|", "distribution", "status"];
  const rows = report.columns.map((c) => [
    c.column, c.kind, String(c.compared), String(c.equal), pct(c.match_rate), String(c.null_mismatch), precise(c.mean_abs_diff), precise(c.max_abs_diff),
    `${c.distribution.metric} ${precise(c.distribution.value)}`, c.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i < 2 || i >= row.length - 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  const failed = report.columns.filter((c) => c.status === "fail");
  const value = (v: unknown) => (v === null ? "null" : JSON.stringify(v));
  const examples = failed.flatMap((c) => [
    "",
    `${c.column}: first differing rows by key (training → serving)`,
    ...c.examples.map((e) => `  ${keyText(report.key, e.key)}: ${value(e.training)} → ${value(e.serving)}${e.abs_diff === null ? "" : ` (|Δ| ${precise(e.abs_diff)})`}`),
  ]);
  return [
    `skew of ${files.serving} against ${files.training} on ${report.key.join(", ")}: rtol ${o.text.rtol}, atol ${o.text.atol}, fail below a match rate of ${o.text.minMatch}`,
    `rows: ${r.training} training, ${r.serving} serving, ${r.matched} matched, ${r.training_only} only in training, ${r.serving_only} only in serving`,
    "",
    line(header),
    ...rows.map(line),
    ...examples,
    "",
    failed.length ? `${failed.length} of ${report.columns.length} column${report.columns.length > 1 ? "s" : ""} fail (match rate below ${o.minMatch}).` : `every column matches (match rate ≥ ${o.minMatch}).`,
  ].join("\n");
}
