import {readFile} from "node:fs/promises";
import {dirname, resolve} from "node:path";
import {DataType, type Table} from "apache-arrow";
import {FeatureRepositoryError, parseFeatureRepository, pointInTimeJoinKernel, type FeatureRepository} from "../../../lib/pit/index.js";
import {createNativeEngine} from "../../engines/index.js";
import {checkInputFile, checkOutputFile, fileProblem, InputError, readTable, writeTable} from "../../io/index.js";
import {parseOptions, required} from "../command.js";

export const name = "pit-join";
export const summary = "point-in-time join of a spine with every feature view of a repository";
export const usage = `Usage: fslab pit-join --repo features.yaml --spine FILE --out FILE [--timestamp-field event_timestamp]

Joins each spine row (join keys, timestamp t) with every feature view of the repository:
the row with equal keys and the greatest feature timestamp <= t (and >= t - ttl when the
view has one; both bounds inclusive), ties to the greatest created timestamp; nulls when
there is none. The output has the spine's rows in its order, its columns first, then
<view>__<feature> columns. Files are CSV, Parquet or Arrow IPC by extension; view sources
are relative to the repository file.

Options:
  --repo FILE             the feature repository (features.yaml)
  --spine FILE            the entity rows to join features to
  --out FILE              where to write the result (written only when complete)
  --timestamp-field NAME  the spine's timestamp column (default event_timestamp)`;

export async function run(args: string[]): Promise<number> {
  const {values} = parseOptions(args, {
    repo: {type: "string"},
    spine: {type: "string"},
    out: {type: "string"},
    "timestamp-field": {type: "string", default: "event_timestamp"},
  });
  const repoPath = required(values.repo, "repo");
  const spinePath = required(values.spine, "spine");
  const outPath = required(values.out, "out");
  const timestampField = required(values["timestamp-field"], "timestamp-field");
  const repo = await readRepository(repoPath);
  const sources = repo.featureViews.map((view) => ({view, path: resolve(dirname(repoPath), view.source)}));
  // Before the join: a long join must not end in "cannot write", nor replace one of its inputs.
  await checkOutputFile(outPath, {"--repo": repoPath, "--spine": spinePath, ...Object.fromEntries(sources.map(({view, path}) => [`${view.name} source`, path]))});
  const engine = await createNativeEngine();
  let spine: Table;
  let views: {view: FeatureRepository["featureViews"][number]; table: Table}[];
  try {
    spine = await readTable(spinePath, {engine});
    views = [];
    for (const {view, path} of sources) views.push({view, table: await readTable(path, {engine})});
  } finally {
    await engine.close();
  }
  for (const {view, table} of views) checkKeyKinds(spine, spinePath, view, table);
  let joined: Table;
  try {
    joined = pointInTimeJoinKernel(spine, views, {timestampField});
  } catch (error) {
    const message = (error as Error).message.replace(/^pointInTimeJoinKernel requires/, "the join needs")
      // CSV columns holding one value that is not a time are read as text.
      .replace(/to be a timestamp, got (Large)?Utf8$/, "to be a timestamp, got text: a value in it is not an ISO-8601 time such as 2026-01-01T00:00:00Z");
    // A problem in a view's column is in its source file, not in the spine.
    const viewName = /(?:in|of) view ("(?:[^"\\]|\\.)*")/.exec(message)?.[1];
    const source = viewName === undefined ? undefined : sources.find(({view}) => view.name === JSON.parse(viewName))?.path;
    throw new InputError(`${message} (${source ? `source ${source}` : `spine ${spinePath}`})`);
  }
  await writeTable(joined, outPath);
  process.stdout.write(`wrote ${joined.numRows} rows (${views.length} views, ${joined.numCols} columns) to ${outPath}\n`);
  return 0;
}

async function readRepository(path: string): Promise<FeatureRepository> {
  await checkInputFile(path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${fileProblem(error)}`);
  }
  try {
    return parseFeatureRepository(text, {path});
  } catch (error) {
    if (error instanceof FeatureRepositoryError) throw new InputError(error.message);
    throw error;
  }
}

/**
 * A spine key read as text ("0001", "abc") never equals a view's number key: the join
 * would write nulls for every row without a word. Refuse keys of different kinds.
 */
function checkKeyKinds(spine: Table, spinePath: string, view: FeatureRepository["featureViews"][number], table: Table): void {
  for (const key of view.joinKeys) {
    const [a, b] = [spine.getChild(key), table.getChild(key)];
    if (!a || !b || keyKind(a.type) === keyKind(b.type)) continue;
    throw new InputError(`spine column ${JSON.stringify(key)} is ${keyKind(a.type)} (${a.type}) but view ${JSON.stringify(view.name)} has it as ${keyKind(b.type)} (${b.type}), so no row would match; write the spine's ${key} as ${keyKind(b.type)} (spine ${spinePath})`);
  }
}

function keyKind(type: DataType): string {
  if (DataType.isDictionary(type)) return keyKind(type.dictionary);
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return "numbers";
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return "text";
  if (DataType.isTimestamp(type) || DataType.isDate(type)) return "times";
  if (DataType.isBool(type)) return "booleans";
  return String(type);
}
