import type {DataType} from "apache-arrow";
import {checkBands, columnKind, driftReportSql, type DriftColumn, type DriftReport} from "../../../lib/drift/index.js";
import {ident, join, sql, type SqlEngine} from "../../../lib/sql/index.js";
import {createNativeEngine} from "../../engines/index.js";
import {InputError} from "../../io/inputError.js";
import {parseOptions, required, oneOf, UsageError} from "../command.js";
import {loadData} from "./check.js";

export const name = "drift";
export const summary = "PSI, JS divergence, KS and Wasserstein of each column, current window against reference";
export const usage = `Usage: fslab drift --reference FILE --current FILE [--columns a,b] [--bins 10] [--eps 1e-8]
                  [--threshold 0.25] [--warn 0.1] [--format text|json]

Compares the current window with the reference window, column by column (CSV, Parquet or
Arrow IPC files, by extension), in native DuckDB:
  numeric columns      bins at the reference's type-7 quantiles k/bins (duplicates removed,
                       open outer bins, a value on an edge in the bin above); KS statistic
                       with scipy's asymptotic p-value and the 1-Wasserstein distance on the
                       raw values
  text and booleans    one bin per category seen in either window
PSI = Σ (q − p)·ln(q/p) and JS divergence (natural log, ≤ ln 2) over the bins, after adding
eps to every bin proportion and renormalizing. Nulls and NaN are left out and reported as
null shares. A column that is all null in a window is reported as no_data.

Options:
  --reference FILE  the reference window (the baseline: training data, last month)
  --current FILE    the window to compare with it
  --columns LIST    columns to compare, separated by commas (default: every numeric, text
                    and boolean column of the reference)
  --bins N          numeric bins, a whole number ≥ 2 (default 10)
  --eps X           added to every bin proportion, ≥ 0 (default 1e-8)
  --warn X          PSI from which a column is warn (default 0.1)
  --threshold X     PSI from which a column is drift (default 0.25); warn ≤ threshold
  --format F        text (default, a table) or json (full precision):
                    {"columns": [{"column", "kind", "psi", "js", "ks", "ks_p_value",
                    "wasserstein", "bins", "null_share_reference", "null_share_current",
                    "status": "ok"|"warn"|"drift"|"no_data", "reason" (no_data only)}]}

Exit codes: 0 no column drifts, 1 a column is in the drift band, 2 bad usage or input.`;

export async function run(args: string[]): Promise<number> {
  const {values} = parseOptions(args, {
    reference: {type: "string"}, current: {type: "string"}, columns: {type: "string"},
    bins: {type: "string", default: "10"}, eps: {type: "string", default: "1e-8"},
    threshold: {type: "string", default: "0.25"}, warn: {type: "string", default: "0.1"},
    format: {type: "string", default: "text"},
  });
  const files = {reference: required(values.reference, "reference"), current: required(values.current, "current")};
  const bins = parseNumber("bins", values.bins, "a whole number ≥ 2", (x) => Number.isInteger(x) && x >= 2);
  const eps = parseNumber("eps", values.eps, "a number ≥ 0", (x) => x >= 0);
  const warn = parseNumber("warn", values.warn, "a number ≥ 0", (x) => x >= 0);
  const threshold = parseNumber("threshold", values.threshold, "a number ≥ 0", (x) => x >= 0);
  if (warn > threshold) throw new UsageError(`--warn must not exceed --threshold; got --warn ${values.warn} > --threshold ${values.threshold}`);
  checkBands("fslab drift", {warn, threshold});
  const columns = values.columns === undefined ? undefined : parseColumns(values.columns);
  const format = oneOf(values.format, ["text", "json"] as const, "format");
  const engine = await createNativeEngine();
  let report: DriftReport;
  try {
    const schemas = await loadWindows(engine, files);
    const compared = checkColumns(schemas, files, columns);
    for (const window of ["reference", "current"] as const) {
      // One read of each file; the report scans the copies (CSV is already a table, Parquet a view).
      await engine.query(sql`create table ${ident(`${window}_window`)} as select ${join(compared.map((c) => ident(c)))} from ${ident(window)}`);
    }
    report = await driftReportSql(engine, "reference_window", "current_window", {columns: compared, bins, eps, warn, threshold});
  } finally {
    await engine.close();
  }
  for (const c of report.columns) {
    const infinite = /^the (reference|current) window holds (\d+) infinite values?/.exec(c.reason ?? "");
    if (infinite) throw new InputError(`column ${JSON.stringify(c.column)} of ${files[infinite[1] as "reference" | "current"]} holds ${infinite[2]} infinite value${infinite[2] === "1" ? "" : "s"}: drift needs finite numbers (or nulls)`);
  }
  process.stdout.write((format === "json" ? JSON.stringify(report) : textReport(report, files, {bins, eps, warn, threshold})) + "\n");
  return report.columns.some((c) => c.status === "drift") ? 1 : 0;
}

type Schema = Awaited<ReturnType<SqlEngine["query"]>>["schema"];

/** Makes both files readable as tables `reference` and `current`; each must have rows. */
async function loadWindows(engine: SqlEngine, files: {reference: string; current: string}): Promise<Record<"reference" | "current", Schema>> {
  const schemas = {} as Record<"reference" | "current", Schema>;
  for (const window of ["reference", "current"] as const) {
    await loadData(engine, files[window], window);
    const count = await engine.query(sql`select count(*)::DOUBLE as n from ${ident(window)}`);
    if (Number(count.get(0)!.toJSON().n) === 0) throw new InputError(`${files[window]} has no rows: the ${window} window is empty`);
    schemas[window] = (await engine.query(sql`select * from ${ident(window)} limit 0`)).schema;
  }
  return schemas;
}

/** The columns to compare, or a one-line error naming the column and the file. */
function checkColumns(schemas: Record<"reference" | "current", Schema>, files: {reference: string; current: string}, columns: string[] | undefined): string[] {
  const types = (w: "reference" | "current") => new Map(schemas[w].fields.map((f) => [f.name, f.type as DataType]));
  const [ref, cur] = [types("reference"), types("current")];
  for (const [window, map] of [["reference", ref], ["current", cur]] as const) {
    for (const c of columns ?? []) if (!map.has(c)) throw new UsageError(`--columns ${JSON.stringify(c)} is not in ${files[window]} (it has ${[...map.keys()].join(", ")})`);
  }
  const compared = columns ?? [...ref].filter(([, t]) => columnKind(t) !== null).map(([c]) => c);
  if (compared.length === 0) throw new InputError(`${files.reference} has no numeric, text or boolean column to compare`);
  for (const c of compared) {
    if (!cur.has(c)) throw new InputError(`column ${JSON.stringify(c)} of ${files.reference} is not in ${files.current} (it has ${[...cur.keys()].join(", ")}); choose columns with --columns`);
    for (const [window, map] of [["reference", ref], ["current", cur]] as const) {
      if (columnKind(map.get(c)!) === null) throw new InputError(`column ${JSON.stringify(c)} of ${files[window]} is ${kindName(map.get(c)!)}: drift compares numbers, text or booleans`);
    }
    if (columnKind(ref.get(c)!) !== columnKind(cur.get(c)!)) throw new InputError(`column ${JSON.stringify(c)} is ${kindName(ref.get(c)!)} in ${files.reference} but ${kindName(cur.get(c)!)} in ${files.current}: drift compares a column with itself`);
  }
  return compared;
}

/** What a column of an Arrow type holds, as error messages say it. @example kindName(new Utf8()) // => "text" */
export function kindName(type: DataType): string {
  const text = String(type);
  if (/^(Int|Uint|Float)/.test(text)) return `numbers (${text})`;
  if (/Utf8/.test(text)) return "text";
  if (/^Bool/.test(text)) return "booleans";
  if (/^Timestamp/.test(text)) return "a timestamp";
  if (/^Date/.test(text)) return "a date";
  return `of type ${text}`;
}

/** `--columns a,b` as names, each non-empty, none twice. */
function parseColumns(text: string): string[] {
  const names = text.split(",").map((c) => c.trim());
  if (names.some((c) => c === "")) throw new UsageError(`--columns takes column names separated by commas, got ${JSON.stringify(text)}`);
  const twice = names.find((c, i) => names.indexOf(c) !== i);
  if (twice !== undefined) throw new UsageError(`--columns names ${JSON.stringify(twice)} twice`);
  return names;
}

/**
 * A numeric option: a plain decimal number (exponent allowed) passing `ok`, else a
 * UsageError saying what the flag takes.
 *
 * @example parseNumber("eps", "1e-8", "a number ≥ 0", (x) => x >= 0) // => 1e-8
 */
export function parseNumber(flag: string, text: string, what: string, ok: (x: number) => boolean): number {
  const x = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(x) || !ok(x)) throw new UsageError(`--${flag} must be ${what}; got ${JSON.stringify(text)}`);
  return x;
}

/** The report as a table a person reads: one line per column, then a verdict. */
function textReport(report: DriftReport, files: {reference: string; current: string}, o: {bins: number; eps: number; warn: number; threshold: number}): string {
  const fixed = (x: number | null, d: number) => (x === null || Number.isNaN(x) ? "-" : x.toFixed(d));
  const precise = (x: number | null) => (x === null || Number.isNaN(x) ? "-" : String(Number(x.toPrecision(4))));
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  const header = ["column", "kind", "bins", "psi", "js", "ks", "ks p-value", "wasserstein", "null ref", "null cur", "status"];
  const rows = report.columns.map((c: DriftColumn) => [
    c.column, c.kind, String(c.bins), fixed(c.psi, 4), fixed(c.js, 4), fixed(c.ks, 4), precise(c.ks_p_value), precise(c.wasserstein),
    pct(c.null_share_reference), pct(c.null_share_current), c.status === "no_data" ? `no_data: ${c.reason}` : c.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 || i === 1 || i === r.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  const count = (s: string) => report.columns.filter((c) => c.status === s).length;
  const [drift, warn, noData] = [count("drift"), count("warn"), count("no_data")];
  const verdict = drift ? `${drift} of ${report.columns.length} column${report.columns.length > 1 ? "s" : ""} drift (PSI ≥ ${o.threshold})` : `no column drifts (every PSI < ${o.threshold})`;
  return [
    `drift of ${files.current} against ${files.reference}: ${o.bins} bins, eps ${o.eps}, warn from PSI ${o.warn}, drift from ${o.threshold}`,
    "",
    line(header),
    ...rows.map(line),
    "",
    `${verdict}${warn ? `; ${warn} warn` : ""}${noData ? `; ${noData} without data` : ""}.`,
  ].join("\n");
}
