import {fingerprintTable} from "../../../lib/fingerprint/index.js";
import {readTable} from "../../io/readTable.js";
import {oneOf, parseOptions, UsageError} from "../command.js";

export const name = "fingerprint";
export const summary = "a table's fingerprint: equal for the same rows in any order, CSV or Parquet";
export const usage = `Usage: fslab fingerprint FILE [--columns a,b] [--ordered] [--format text|json]

Prints a 64-bit fingerprint of the table in FILE (CSV, Parquet or Arrow IPC, by
extension) and one per column. Without --ordered it is equal for the same rows in any
order, duplicates counted; values are normalized first, so the same data in CSV and
Parquet agree (3, 3.0 and 3n alike; timestamps as UTC instants at µs; all NaN alike; -0 = 0).
Hash: FNV-1a-64 over each value's canonical bytes, murmur3 fmix64, summed mod 2^64.

Options:
  --columns a,b   only these columns (their order does not matter)
  --ordered       row order counts
  --format F      text (default) or json: {"fingerprint", "rows", "columns": {"<name>": "<hex>"}}`;

export async function run(args: string[]): Promise<number> {
  const {values, positionals} = parseOptions(args, {
    columns: {type: "string"},
    ordered: {type: "boolean", default: false},
    format: {type: "string", default: "text"},
  }, true);
  if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  const format = oneOf(values.format, ["text", "json"] as const, "format");
  const columns = values.columns?.split(",").map((c) => c.trim()).filter((c) => c !== "");
  if (columns && columns.length === 0) throw new UsageError("--columns needs at least one column name");
  const table = await readTable(positionals[0]!);
  const missing = columns?.filter((c) => !table.schema.fields.some((f) => f.name === c)) ?? [];
  if (missing.length) throw new UsageError(`--columns names ${missing.map((c) => JSON.stringify(c)).join(", ")}, not in ${positionals[0]} (it has ${table.schema.fields.map((f) => f.name).join(", ")})`);
  const result = fingerprintTable(table, {columns, ordered: values.ordered});
  if (format === "json") {
    process.stdout.write(JSON.stringify(result) + "\n");
    return 0;
  }
  const width = Math.max(0, ...Object.keys(result.columns).map((c) => c.length));
  const lines = [`fingerprint ${result.fingerprint} (${result.rows} rows, ${values.ordered ? "ordered" : "any order"})`];
  for (const [column, hex] of Object.entries(result.columns)) lines.push(`  ${column.padEnd(width)}  ${hex}`);
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}
