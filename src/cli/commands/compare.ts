import {DataType, type Table} from "apache-arrow";
import {pairedComparison, type PairedComparison} from "../../../lib/release/index.js";
import {InputError} from "../../io/inputError.js";
import {readTable} from "../../io/readTable.js";
import {oneOf, parseOptions, required, UsageError} from "../command.js";
import {kindName, parseNumber} from "./drift.js";

export const name = "compare";
export const summary = "paired comparison of a candidate metric with a baseline (mean delta, Student-t interval, p-value)";
export const usage = `Usage: fslab compare FILE --baseline COL --candidate COL [--confidence 0.95] [--format text|json]

Compares two numeric columns of FILE (CSV, Parquet or Arrow IPC, by extension) paired by
row — one row per unit: a day, a segment — as a release decision: is the candidate better?
Rows with a null (or NaN) in either column are dropped and counted. With d = candidate −
baseline over the n remaining rows:
  SE = sd(d, ddof 1)/√n      CI = mean(d) ± t(n − 1, ½ + confidence/2)·SE
  t = mean(d)/SE             p two-sided from Student's t (scipy.stats.ttest_rel)
The status is better when the CI's lower bound is above 0, worse when its upper bound is
below 0, else inconclusive. "Better" means a larger value: for a metric where lower is
better (latency, error rate), swap the columns.

Options:
  --baseline COL    the current model's metric
  --candidate COL   the new model's metric, on the same rows
  --confidence C    two-sided confidence of the interval, in (0, 1) (default 0.95)
  --format F        text (default) or json (full precision):
                    {"n", "dropped", "baseline_mean", "candidate_mean", "mean_delta",
                    "sd_delta", "se", "confidence", "ci": [lo, hi], "t", "df", "p_value",
                    "status": "better"|"worse"|"inconclusive"}; t and p_value are
                    null when every delta is 0, t when they are all one other value

Exit codes: 0 the candidate is better, 1 worse or inconclusive, 2 bad usage or input (a
missing or non-numeric column, fewer than 2 complete pairs).`;

export async function run(args: string[]): Promise<number> {
  const {values, positionals} = parseOptions(args, {
    baseline: {type: "string"}, candidate: {type: "string"},
    confidence: {type: "string", default: "0.95"}, format: {type: "string", default: "text"},
  }, true);
  if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  const file = positionals[0]!;
  const columns = {baseline: required(values.baseline, "baseline"), candidate: required(values.candidate, "candidate")};
  const confidence = parseNumber("confidence", values.confidence, "a number in (0, 1)", (x) => x > 0 && x < 1);
  const format = oneOf(values.format, ["text", "json"] as const, "format");
  const table = await readTable(file);
  const names = table.schema.fields.map((f) => f.name);
  for (const side of ["baseline", "candidate"] as const) {
    if (!names.includes(columns[side])) throw new UsageError(`--${side} ${JSON.stringify(columns[side])} is not in ${file} (it has ${names.join(", ")})`);
  }
  const baseline = numbers(table, columns.baseline, file), candidate = numbers(table, columns.candidate, file);
  let complete = 0;
  for (let i = 0; i < baseline.length; i++) if (baseline[i] !== null && candidate[i] !== null) complete++;
  if (complete < 2) throw new InputError(`${file} has ${complete} row${complete === 1 ? "" : "s"} with both ${JSON.stringify(columns.baseline)} and ${JSON.stringify(columns.candidate)} (of ${table.numRows}): a paired comparison needs at least 2`);
  const r = pairedComparison(baseline, candidate, {confidence});
  const json = {
    n: r.n, dropped: r.dropped, baseline_mean: r.baselineMean, candidate_mean: r.candidateMean, mean_delta: r.meanDelta,
    sd_delta: r.sdDelta, se: r.se, confidence: r.confidence, ci: r.ci, t: r.t, df: r.df, p_value: r.pValue, status: r.status,
  };
  process.stdout.write((format === "json" ? JSON.stringify(json) : textReport(r, file, columns)) + "\n");
  return r.status === "better" ? 0 : 1;
}

/**
 * A numeric column as numbers, null for null and NaN; an InputError naming the column when
 * it does not hold numbers (an all-empty CSV column reads as text: it says so), or naming
 * the first row holding ±Infinity.
 */
function numbers(table: Table, column: string, file: string): (number | null)[] {
  const vector = table.getChild(column)!;
  const type = vector.type as DataType;
  if (!DataType.isInt(type) && !DataType.isFloat(type)) {
    const empty = vector.nullCount === vector.length ? `: all ${vector.length} rows are empty` : "";
    throw new InputError(`column ${JSON.stringify(column)} of ${file} is ${kindName(type)}${empty}, not numbers: compare needs an integer or floating-point column`);
  }
  const out = Array.from(vector, (v: number | bigint | null) => (v === null ? null : Number(v)));
  out.forEach((v, row) => {
    if (v !== null && Number.isNaN(v)) out[row] = null;
    else if (v !== null && !Number.isFinite(v)) throw new InputError(`column ${JSON.stringify(column)} of ${file} holds ${v} (row ${row + 1}): compare needs finite numbers (or nulls)`);
  });
  return out;
}

/** The comparison as a person reads it: the numbers, then the verdict in words. */
function textReport(r: PairedComparison, file: string, columns: {baseline: string; candidate: string}): string {
  const g = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x));
  const pct = `${Number((100 * r.confidence).toPrecision(6))}%`;
  const rows: [string, string][] = [
    ["pairs", `${r.n}${r.dropped ? ` (${r.dropped} row${r.dropped === 1 ? "" : "s"} dropped for a null)` : ""}`],
    ["baseline mean", g(r.baselineMean)],
    ["candidate mean", g(r.candidateMean)],
    ["mean delta", `${g(r.meanDelta)} (candidate − baseline)`],
    ["sd of deltas", g(r.sdDelta)],
    ["standard error", g(r.se)],
    [`${pct} interval`, `[${g(r.ci[0])}, ${g(r.ci[1])}]`],
    ["t", `${g(r.t)} (df ${r.df})`],
    ["p-value", `${g(r.pValue)} (two-sided, paired t)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const verdict = r.status === "better" ? `better: the whole ${pct} interval is above 0`
    : r.status === "worse" ? `worse: the whole ${pct} interval is below 0`
    : `inconclusive: the ${pct} interval includes 0`;
  return [`compare ${JSON.stringify(columns.candidate)} (candidate) with ${JSON.stringify(columns.baseline)} (baseline) in ${file}`, "", ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`), "", `${verdict}.`].join("\n");
}
