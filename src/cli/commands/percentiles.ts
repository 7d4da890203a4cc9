import {DataType, Precision, type Vector} from "apache-arrow";
import {percentiles} from "../../../lib/latency/index.js";
import {InputError} from "../../io/inputError.js";
import {readTable} from "../../io/readTable.js";
import {oneOf, parseOptions, required, UsageError} from "../command.js";

export const name = "percentiles";
export const summary = "type-7 percentiles of a numeric column (numpy's default, DuckDB's quantile_cont)";
export const usage = `Usage: fslab percentiles FILE --column COL [--q 0.5,0.95,0.99] [--format text|json]

Prints the q-quantiles of the numeric column COL of FILE (CSV, Parquet or Arrow IPC, by
extension): linear interpolation between the order statistics at (n − 1)·q, Hyndman–Fan
type 7, numpy's default and DuckDB's quantile_cont. Nulls and NaN are left out; n counts
the values used.

Options:
  --column COL   the column: integers or floating-point numbers
  --q LIST       quantiles in [0, 1], separated by commas (default 0.5,0.95,0.99)
  --format F     text (default, values to 12 significant digits) or json (full precision):
                 {"column", "n", "quantiles": [{"q", "value"}]}`;

export async function run(args: string[]): Promise<number> {
  const {values, positionals} = parseOptions(args, {
    column: {type: "string"},
    q: {type: "string", default: "0.5,0.95,0.99"},
    format: {type: "string", default: "text"},
  }, true);
  if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  const file = positionals[0]!;
  const column = required(values.column, "column");
  const qs = parseQs(values.q);
  const format = oneOf(values.format, ["text", "json"] as const, "format");
  const table = await readTable(file);
  const names = table.schema.fields.map((f) => f.name);
  if (!names.includes(column)) throw new UsageError(`--column ${JSON.stringify(column)} is not in ${file} (it has ${names.join(", ")})`);
  if (table.numRows === 0) throw new InputError(`${file} has no rows`);
  const vector = table.getChild(column)!;
  const noNumbers = `column ${JSON.stringify(column)} of ${file} has no numbers: all ${table.numRows} rows are null`;
  if (vector.nullCount === vector.length) throw new InputError(noNumbers); // before the type: CSV reads an empty column as text
  const numbers = numericValues(vector, column);
  if (numbers.length === 0) throw new InputError(`${noNumbers} or NaN`);
  const result = {column, n: numbers.length, quantiles: percentiles(numbers, qs).map((value, i) => ({q: qs[i]!, value: value!}))};
  if (format === "json") process.stdout.write(JSON.stringify(result) + "\n");
  else {
    const width = Math.max(1, ...qs.map((q) => String(q).length));
    const lines = [`${column}: ${result.n} values`, ...result.quantiles.map(({q, value}) => `  q ${String(q).padEnd(width)}  ${Number(value.toPrecision(12))}`)];
    process.stdout.write(lines.join("\n") + "\n");
  }
  return 0;
}

/**
 * `--q 0.5,0.95,0.99` as numbers, each in [0, 1], or a UsageError quoting the first that is not.
 *
 * @example parseQs("0.5, 0.99") // => [0.5, 0.99]
 */
export function parseQs(text: string): number[] {
  const parts = text.split(",").map((p) => p.trim());
  for (const part of parts) {
    const q = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(part) ? Number(part) : NaN;
    if (!(q >= 0 && q <= 1)) throw new UsageError(`--q takes quantiles in [0, 1] separated by commas, got ${JSON.stringify(part)}${parts.length > 1 ? ` in ${JSON.stringify(text)}` : ""}`);
  }
  return parts.map(Number);
}

/**
 * The column's numbers with nulls and NaN left out; an InputError naming the column and its
 * type when it does not hold numbers, or naming the first row holding ±Infinity.
 */
function numericValues(vector: Vector, column: string): Float64Array {
  const type = vector.type as DataType;
  if (!DataType.isInt(type) && !DataType.isFloat(type)) {
    throw new InputError(`column ${JSON.stringify(column)} is ${typeName(type)}, not numbers: percentiles need an integer or floating-point column`);
  }
  const half = DataType.isFloat(type) && type.precision === Precision.HALF; // stored as raw 16-bit words
  const out = new Float64Array(vector.length);
  let n = 0, row = 0;
  for (const data of vector.data) {
    const values = data.values as ArrayLike<number | bigint>; // sliced to the chunk already; validity is read through the offset
    for (let i = 0; i < data.length; i++, row++) {
      if (!data.getValid(i)) continue;
      const v = half ? Number(vector.get(row)) : Number(values[i]!);
      if (v !== v) continue;
      if (!Number.isFinite(v)) throw new InputError(`column ${JSON.stringify(column)} holds ${v} (row ${row + 1}): percentiles need finite numbers`);
      out[n++] = v;
    }
  }
  return out.subarray(0, n);
}

/** Arrow's type name as a user reads it: Utf8 → text, Timestamp<MILLISECOND> → timestamp. */
function typeName(type: DataType): string {
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return "text";
  if (DataType.isTimestamp(type)) return "a timestamp";
  if (DataType.isDate(type)) return "a date";
  if (DataType.isBool(type)) return "boolean";
  if (DataType.isDecimal(type)) return `a decimal (${type}); cast it to a floating-point number first`;
  return `of type ${type}`;
}
