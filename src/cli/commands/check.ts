import {readFile} from "node:fs/promises";
import {resolve} from "node:path";
import {junitReport, parseContract, pickObject, runContract, runContracts, textReport, type Contract} from "../../../lib/contracts/index.js";
import {ident, sql, sqlStringLiteral, type SqlEngine} from "../../../lib/sql/index.js";
import {createNativeEngine} from "../../engines/index.js";
import {checkInputFile} from "../../io/checkInputFile.js";
import {csvProblem, csvSelect} from "../../io/csvSelect.js";
import {fileProblem} from "../../io/fileProblem.js";
import {InputError} from "../../io/inputError.js";
import {parquetProblem} from "../../io/parquetProblem.js";
import {readTable} from "../../io/readTable.js";
import {tableFormat} from "../../io/tableFormat.js";
import {oneLine} from "../../io/writeTable.js";
import {oneOf, parseOptions, required, UsageError} from "../command.js";
import {parseInstant} from "../parseInstant.js";

export const name = "check";
export const summary = "check a CSV/Parquet file against an ODCS data contract (text, json or junit)";
export const usage = `Usage: fslab check --contract CONTRACT.yaml --data FILE [--format text|json|junit] [--as-of TIME] [--object NAME] [--samples N]
       fslab check --contract CONTRACT.yaml --data OBJECT=FILE [--data OBJECT=FILE ...] [--format ...] [--as-of TIME] [--samples N]

Checks FILE (CSV, Parquet or Arrow IPC, by extension) against an ODCS v3 data contract:
presence and type of every property, required, unique and primary keys, ranges, lengths,
patterns and enums (logicalTypeOptions, enum), quality rules (nullValues, missingValues,
invalidValues, duplicateValues, rowCount, fslab expression rules, type: sql rules) and
freshness (slaProperties latency). Columns are looked for by their physicalName when the
contract gives one. All row-level rules run as ONE aggregate scan; each failed rule shows
the SQL it ran and sample rows. A type: sql rule runs the contract author's query, as
written, in a local DuckDB holding FILE (as {object}, the object's name and physicalName);
it must return one value, and may read no file but FILE and no URL. Sections fslab does not act on (servers, team, roles, support,
price, ...) are read and ignored; an SLA element that names nothing declared is a warning.

Options:
  --contract FILE  the contract (YAML)
  --data FILE      the data to check; OBJECT=FILE (repeatable) checks several objects in one
                   run and report, with the contract's relationships (foreign keys) between them
  --format F       text (default), json ({"status", "checks": [...]}) or junit (XML for CI)
  --as-of TIME     ISO-8601 date or time freshness is judged at, UTC unless it has a zone (default: now)
  --object NAME    which of the contract's objects FILE holds (default: its only one)
  --samples N      failing rows kept per failed rule (default 5)

Exit codes: 0 every check passed (warnings allowed), 1 a check failed or could not run,
2 bad usage, unreadable data or a contract that does not parse (one line on stderr).`;

export async function run(args: string[]): Promise<number> {
  const {values} = parseOptions(args, {
    contract: {type: "string"}, data: {type: "string", multiple: true}, format: {type: "string", default: "text"},
    "as-of": {type: "string"}, object: {type: "string"}, samples: {type: "string", default: "5"},
  });
  const contractPath = required(values.contract, "contract");
  const data = values.data ?? [];
  if (data.length === 0) required(undefined, "data");
  const format = oneOf(values.format, ["text", "json", "junit"] as const, "format");
  const asOf = values["as-of"] === undefined ? Date.now() : parseInstant(values["as-of"]);
  if (asOf === null) throw new UsageError(`--as-of must be an ISO-8601 time such as 2026-04-01T00:00:00Z; got ${JSON.stringify(values["as-of"])}`);
  if (!/^\d+$/.test(values.samples)) throw new UsageError(`--samples must be a whole number; got ${JSON.stringify(values.samples)}`);
  const contract = await readContract(contractPath);
  const named = namedData(contract, data);
  if (named && values.object !== undefined) throw new UsageError("--object names the object of a single --data FILE; with --data NAME=FILE the names say which object each file holds");
  const files = named ?? [[objectOf(contract, values.object, contractPath), data[0]!] as const];
  const dataPath = named ? named.map(([name, path]) => `${name}=${path}`).join(", ") : data[0]!;
  const engine = await createNativeEngine();
  try {
    for (const [object, path] of files) await loadData(engine, path, object);
    await confine(engine, files.map(([, path]) => path));
    const options = {asOf, sampleSize: Number(values.samples)};
    const result = named ? await runContracts(engine, contract, Object.fromEntries(files.map(([object]) => [object, object])), options)
      : await runContract(engine, contract, files[0]![0], {...options, object: files[0]![0]});
    const output = format === "json" ? JSON.stringify(result, null, 2)
      : format === "junit" ? junitReport(result, `${contractPath} on ${dataPath}`).trimEnd()
      : textReport(result, contractPath, dataPath);
    process.stdout.write(output + "\n");
    return result.status === "pass" || result.status === "warn" ? 0 : 1;
  } finally {
    await engine.close();
  }
}

/**
 * The files of `--data NAME=FILE` (several allowed), each NAME an object of the contract by
 * its name or physicalName, as [object name, file] in the order given; null for one plain
 * `--data FILE`. A file path that contains "=" is still a plain file when its prefix names
 * no object.
 */
function namedData(contract: Contract, data: string[]): [string, string][] | null {
  const objectNamed = (name: string) => contract.schema.find((o) => o.name === name) ?? contract.schema.find((o) => o.physicalName === name);
  const split = data.map((d) => {
    const eq = d.indexOf("=");
    return eq > 0 ? [d.slice(0, eq), d.slice(eq + 1)] as const : null;
  });
  const first = split[0];
  if (data.length === 1 && (!first || !objectNamed(first[0]))) return null;
  const out: [string, string][] = [];
  for (const [i, pair] of split.entries()) {
    if (pair === null) throw new UsageError(`with several --data, write each as NAME=FILE, NAME an object of the contract (${contract.schema.map((o) => o.name).join(", ")}); got ${JSON.stringify(data[i])}`);
    const object = objectNamed(pair[0]);
    if (!object) throw new UsageError(`--data ${JSON.stringify(data[i])}: ${JSON.stringify(pair[0])} is not an object of the contract (${contract.schema.map((o) => o.name).join(", ")})`);
    if (out.some(([name]) => name === object.name)) throw new UsageError(`--data names object ${JSON.stringify(object.name)} twice`);
    if (!pair[1]) throw new UsageError(`--data ${JSON.stringify(data[i])} names no file after "="`);
    out.push([object.name, pair[1]]);
  }
  return out;
}

/** Reads and parses a contract; any problem is one InputError line (the first issue, and how many more). */
export async function readContract(path: string): Promise<Contract> {
  await checkInputFile(path);
  const text = await readFile(path, "utf8").catch((error: Error) => {
    throw new InputError(`cannot read ${path}: ${fileProblem(error)}`);
  });
  const parsed = parseContract(text, path);
  if (parsed.ok) return parsed.contract;
  const more = parsed.issues.length - 1;
  throw new InputError(`${parsed.issues[0]!.text}${more ? ` (and ${more} more problem${more > 1 ? "s" : ""})` : ""}`);
}

function objectOf(contract: Contract, name: string | undefined, contractPath: string): string {
  let object;
  try {
    // --object may give the object's name or its physicalName (the table's name in the data's world).
    object = pickObject(contract, name !== undefined && !contract.schema.some((o) => o.name === name) ? contract.schema.find((o) => o.physicalName === name)?.name ?? name : name);
  } catch {
    throw new UsageError(`${name === undefined ? "the contract has several objects; choose one with --object" : `--object ${JSON.stringify(name)} is not in the contract`} (${contract.schema.map((o) => o.name).join(", ")})`);
  }
  if (object.properties.length === 0 && object.quality.length === 0) {
    const others = contract.schema.filter((o) => o.properties.length || o.quality.length).map((o) => o.name);
    throw new InputError(`${contractPath}: nothing to check: object ${JSON.stringify(object.name)} declares no properties and no quality rule fslab runs (objects with checks: ${others.join(", ")})`);
  }
  return object.name;
}

/**
 * From here on the session reads only the data files (a Parquet file stays a view over
 * its path): no other file, no URL, no extension download, and the setting is locked. A
 * contract's SQL rules are its author's SQL, run on the user's machine; they may compute
 * anything from the data, and nothing else.
 */
async function confine(engine: SqlEngine, paths: string[]): Promise<void> {
  const allowed = [...new Set(paths.flatMap((p) => [p, resolve(p)]))];
  await engine.query(`SET allowed_paths = [${allowed.map(sqlStringLiteral).join(", ")}]`);
  await engine.query("SET enable_external_access = false");
  await engine.query("SET lock_configuration = true");
}

/**
 * Makes FILE readable as `table`. CSV types are detected from the whole file, so a stray
 * "two" in a number column makes the column text (a type check then fails) instead of a
 * conversion error mid-scan; zoned timestamps become TIMESTAMP (UTC instants).
 */
export async function loadData(engine: SqlEngine, path: string, table: string): Promise<void> {
  const format = tableFormat(path);
  if (format === "arrow") {
    const data = await readTable(path);
    return engine.loadArrow(table, data).catch((error: unknown) => {
      throw new InputError(`cannot read ${path}: ${parquetProblem(error)}`);
    });
  }
  await checkInputFile(path, {readByDuckDb: true});
  try {
    if (format === "csv") {
      await engine.query(`CREATE OR REPLACE TABLE ${ident(table).text} AS ${await csvSelect(engine, path, {sampleSize: -1})}`);
      return;
    }
    // Parquet stays a view (scans read only the columns they need).
    const source = `read_parquet(${sqlStringLiteral(path)})`;
    const columns = await engine.query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${source})`);
    const select = columns.toArray().map((row) => {
      const column = ident(String(row.column_name));
      return row.column_type === "TIMESTAMP WITH TIME ZONE" ? sql`CAST(${column} AS TIMESTAMP) AS ${column}`.text : column.text;
    });
    await engine.query(`CREATE OR REPLACE VIEW ${ident(table).text} AS SELECT ${select.join(", ")} FROM ${source}`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${format === "csv" ? csvProblem(error) : parquetProblem(error)}`);
  }
}
