import {join} from "node:path";
import {Document, isScalar, isSeq, visit} from "yaml";
import type {ScaleName} from "../../../lib/synth/index.js";
import {atomicWrite} from "../../io/atomicWrite.js";
import {makeFolder} from "../../io/makeFolder.js";
import {formatExtension, tableFormats, type TableFormat} from "../../io/tableFormat.js";
import {oneOf, parseOptions, required, UsageError} from "../command.js";

export const name = "generate";
export const summary = "write the synthetic world (one file per table) and its features.yaml";
export const usage = `Usage: fslab generate --out DIR [--seed N] [--scale small|medium|large] [--format parquet|arrow|csv]

Writes the seeded synthetic world into DIR, one file per table
(customer_profile, transactions, txn_stats, labels, customer_risk,
serving_latency, drift_reference, drift_current, model_daily),
plus DIR/features.yaml, the feature repository pointing at them.
The same seed, scale and format give byte-identical files.

Options:
  --out DIR        output folder (created if missing)
  --seed N         integer seed (default 7)
  --scale S        small (~100k transactions, default), medium (~1M), large (~10M)
  --format F       parquet (default), arrow (IPC file) or csv (ISO-8601 UTC timestamps)`;

export async function run(args: string[]): Promise<number> {
  const {values} = parseOptions(args, {
    out: {type: "string"},
    seed: {type: "string", default: "7"},
    scale: {type: "string", default: "small"},
    format: {type: "string", default: "parquet"},
  });
  const out = required(values.out, "out");
  if (!/^-?\d+$/.test(values.seed) || !Number.isSafeInteger(Number(values.seed))) throw new UsageError(`--seed must be an integer; got ${JSON.stringify(values.seed)}`);
  const seed = Number(values.seed);
  const scale = oneOf<ScaleName>(values.scale, ["small", "medium", "large"], "scale");
  const format: TableFormat = oneOf(values.format, tableFormats, "format");
  await makeFolder(out);
  // Imported here so that --help and usage errors answer without loading DuckDB.
  const [{generateWorld, worldFeatureRepository, worldTables}, {writeTable}] = await Promise.all([import("../../../lib/synth/index.js"), import("../../io/writeTable.js")]);
  const world = generateWorld({seed, scale});
  const file = (table: string) => `${table}.${formatExtension[format]}`;
  for (const table of worldTables) {
    await writeTable(world[table], join(out, file(table)), format);
    process.stdout.write(`wrote ${join(out, file(table))} (${world[table].numRows} rows)\n`);
  }
  const header = `Feature repository of the synthetic world (fslab generate --seed ${seed} --scale ${scale} --format ${format}).\nSources are relative to this file.`;
  await atomicWrite(join(out, "features.yaml"), async (_, handle) => void (await handle.write(repositoryYaml(worldFeatureRepository(file), header))));
  process.stdout.write(`wrote ${join(out, "features.yaml")}\n`);
  return 0;
}

/** YAML in the design's layout: lists of names and the entity's join keys on one line. */
export function repositoryYaml(repository: object, comment: string): string {
  const doc = new Document(repository);
  doc.commentBefore = comment.replace(/^/gm, " ");
  visit(doc, {
    Seq: (_, node) => void (node.flow = node.items.every(isScalar)),
    Map: (_, node, path) => void (node.flow = path.length > 2 && node.items.every((pair) => isSeq(pair.value) && pair.value.items.every(isScalar))),
  });
  return doc.toString({lineWidth: 0, flowCollectionPadding: false});
}
