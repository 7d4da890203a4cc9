import {readFile} from "node:fs/promises";
import {dirname, resolve} from "node:path";
import {catalogMarkdown, featureCatalog, viewFreshness, type FeatureCatalog, type ObservedView} from "../../../lib/catalog/index.js";
import {FeatureRepositoryError, parseFeatureRepository, type FeatureRepository} from "../../../lib/pit/index.js";
import {tableColumns} from "../../../lib/sql/index.js";
import {checkInputFile, fileProblem, InputError} from "../../io/index.js";
import {oneOf, parseOptions, required, UsageError} from "../command.js";
import {parseInstant} from "../parseInstant.js";

export const name = "catalog";
export const summary = "the feature catalog of a repository: documentation, ttl, freshness, owner, version, lineage";
export const usage = `Usage: fslab catalog --repo features.yaml [--format markdown|json] [--observe] [--as-of TIME]

Prints the catalog of a feature repository: its entities; each feature view's source,
join keys, event time, ttl, owner, tags, upstream and downstream (the lineage: raw
tables, cleaned tables, the training set, the model and the endpoint); and each feature's
type, description, calculation, update frequency and version. A feature's version is a
fingerprint of its definition (view, source, join keys, timestamp fields, ttl,
calculation, dtype): it changes exactly when one of them does, not with documentation.

Options:
  --repo FILE          the feature repository (features.yaml)
  --format FORMAT      markdown (default) or json
  --observe            read each view's source (relative to the repository) for its
                       rows and newest event time
  --as-of TIME         with --observe: the instant staleness is measured at (ISO-8601);
                       default the newest event of any view`;

export async function run(args: string[]): Promise<number> {
  const {values} = parseOptions(args, {
    repo: {type: "string"},
    format: {type: "string", default: "markdown"},
    observe: {type: "boolean", default: false},
    "as-of": {type: "string"},
  });
  const repoPath = required(values.repo, "repo");
  const format = oneOf(values.format, ["markdown", "json"] as const, "format");
  const asOf = values["as-of"] === undefined ? undefined : parseInstant(values["as-of"]);
  if (asOf === null) throw new UsageError(`--as-of must be an ISO-8601 time such as 2026-04-01T00:00:00Z; got ${JSON.stringify(values["as-of"])}`);
  if (asOf !== undefined && !values.observe) throw new UsageError("--as-of needs --observe (staleness is measured on the views' data)");
  const repo = await readRepository(repoPath);
  const observed = values.observe ? await observe(repo, repoPath) : undefined;
  const newest = observed ? Math.max(...Object.values(observed).map((o) => o.latestEventMs ?? -Infinity)) : -Infinity;
  const asOfMs = asOf ?? (newest > -Infinity ? newest : undefined);
  const catalog = featureCatalog(repo, {...(observed ? {observed} : {}), ...(asOfMs !== undefined && observed ? {asOfMs} : {})});
  process.stdout.write(format === "json" ? JSON.stringify(catalogJson(catalog), null, 2) + "\n" : catalogMarkdown(catalog));
  return 0;
}

async function readRepository(path: string): Promise<FeatureRepository> {
  await checkInputFile(path);
  const text = await readFile(path, "utf8").catch((error: unknown) => {
    throw new InputError(`cannot read ${path}: ${fileProblem(error)}`);
  });
  try {
    return parseFeatureRepository(text, {path});
  } catch (error) {
    throw error instanceof FeatureRepositoryError ? new InputError(error.message) : error;
  }
}

/** Each view's rows and newest event time, from its source file. */
async function observe(repo: FeatureRepository, repoPath: string): Promise<Record<string, ObservedView>> {
  const [{createNativeEngine}, {readTable}] = await Promise.all([import("../../engines/index.js"), import("../../io/index.js")]);
  const engine = await createNativeEngine();
  try {
    const observed: Record<string, ObservedView> = {};
    for (const view of repo.featureViews) {
      const table = await readTable(resolve(dirname(repoPath), view.source), {engine});
      const {rows, latestEventMs} = viewFreshness(tableColumns(table), view);
      observed[view.name] = {rows, latestEventMs};
    }
    return observed;
  } finally {
    await engine.close();
  }
}

/** The catalog as the JSON document: snake_case keys, without the lineage graph itself. */
function catalogJson(catalog: FeatureCatalog): unknown {
  const {lineage: _, ...rest} = catalog;
  const snake = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(snake);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snake(v)]));
  };
  return snake(rest);
}
