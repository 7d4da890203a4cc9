import {LineCounter, parseDocument, type Document} from "yaml";
import {parseTtl} from "./parseTtl.js";

/** An entity: what a feature describes, identified by its join key columns. */
export interface Entity {
  readonly name: string;
  readonly joinKeys: readonly string[];
  readonly description?: string;
}

/** Documentation that any level (repository, view) may carry; none of it changes what is computed. */
export interface Documentation {
  readonly description?: string;
  /** Who answers for it: a team or a person. */
  readonly owner?: string;
  readonly tags?: readonly string[];
}

/** The value types a feature may declare (`dtype`). */
export const featureDtypes = ["bool", "int8", "int16", "int32", "int64", "float32", "float64", "string", "timestamp", "date"] as const;
export type FeatureDtype = (typeof featureDtypes)[number];

/** A documented feature (the mapping form of a `features` entry): what it means and how it is computed. */
export interface FeatureDoc {
  /** Its business meaning. */
  readonly description: string;
  /** How it is computed from the view's upstream data, in words or SQL. */
  readonly calculation: string;
  readonly dtype?: FeatureDtype;
  /** How often a new value is computed: a duration such as `1d`, or `on_event` (on each upstream event). */
  readonly updateFrequency?: string;
}

/** A feature view: feature columns of one source, stamped by event (and created) time. */
export interface FeatureView {
  readonly name: string;
  readonly entities: readonly string[];
  /** The join keys of all its entities, in entity order. */
  readonly joinKeys: readonly string[];
  /** As written in the file; relative to the repository file. */
  readonly source: string;
  readonly timestampField: string;
  /** Breaks ties between equal event timestamps: the greatest wins. */
  readonly createdTimestampField?: string;
  /** Oldest usable feature row, in milliseconds before the spine timestamp (inclusive). */
  readonly ttlMs?: number;
  readonly features: readonly string[];
  readonly description?: string;
  readonly owner?: string;
  readonly tags?: readonly string[];
  /** The raw tables its source is computed from (documentation for the lineage; default: the source file). */
  readonly upstream?: readonly string[];
  /** Documentation of the features written as mappings, by feature name. */
  readonly featureDocs?: Readonly<Record<string, FeatureDoc>>;
}

/** A parsed, validated `features.yaml`. */
export interface FeatureRepository {
  readonly entities: Readonly<Record<string, Entity>>;
  readonly featureViews: readonly FeatureView[];
  readonly project?: string;
  readonly description?: string;
  readonly owner?: string;
  readonly tags?: readonly string[];
}

/** Thrown for an invalid repository; `problems` lists every one, `message` the first. */
export class FeatureRepositoryError extends Error {
  constructor(readonly problems: readonly string[]) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    super(`${problems[0]}${more}`);
    this.name = "FeatureRepositoryError";
  }
}

type Path = (string | number)[];
const topKeys = ["entities", "feature_views", "project", "description", "owner", "tags"];
const entityKeys = ["join_keys", "description"];
const viewKeys = ["name", "entities", "source", "timestamp_field", "created_timestamp_field", "ttl", "features", "description", "owner", "tags", "upstream"];
const featureKeys = ["name", "description", "calculation", "dtype", "update_frequency"];

/**
 * Parses and validates a feature repository in the design's YAML format. Throws a
 * FeatureRepositoryError whose messages name the file, line and field of each problem.
 * Optional documentation: `project`, `description`, `owner`, `tags` at the top and per
 * view (views also `upstream`, the raw tables they come from); a feature is a name or a
 * mapping `{name, description, calculation, dtype?, update_frequency?}`.
 *
 * @example parseFeatureRepository("entities: {c: {join_keys: [id]}}\nfeature_views: []").entities.c.joinKeys // => ["id"]
 */
export function parseFeatureRepository(yamlText: string, {path = "features.yaml"}: {path?: string} = {}): FeatureRepository {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {lineCounter, uniqueKeys: true});
  const problems: string[] = [];
  const lineOf = (offset: number) => `${path}:${lineCounter.linePos(offset).line}`;
  // Only the first syntax error (the ones after it mostly echo it), worded as parseContract words it.
  for (const error of doc.errors.slice(0, 1)) problems.push(`${lineOf(error.pos[0])}: not valid YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`);
  if (problems.length) throw new FeatureRepositoryError(problems);

  const report = (at: Path, message: string) => problems.push(`${locate(doc, at, lineOf, path)}: ${formatPath(at)}: ${message}`);
  const root: unknown = doc.toJS();
  if (!isRecord(root)) throw new FeatureRepositoryError([`${path}: expected a mapping with entities and feature_views, got ${describe(root)}`]);
  checkKeys(root, [], topKeys, report);

  const entities: Record<string, Entity> = {};
  const rawEntities = root.entities;
  if (rawEntities === undefined) report([], "missing field entities");
  else if (!isRecord(rawEntities)) report(["entities"], `expected a mapping of entity names, got ${describe(rawEntities)}`);
  else {
    for (const [name, value] of Object.entries(rawEntities)) {
      const at = ["entities", name];
      if (!isRecord(value)) { report(at, `expected a mapping with join_keys, got ${describe(value)}`); continue; }
      checkKeys(value, at, entityKeys, report);
      const joinKeys = stringList(value, "join_keys", at, report);
      const description = optionalText(value, "description", at, report);
      if (joinKeys) entities[name] = {name, joinKeys, ...(description !== undefined ? {description} : {})};
    }
  }

  const featureViews: FeatureView[] = [];
  const rawViews = root.feature_views;
  if (rawViews === undefined) report([], "missing field feature_views");
  else if (!Array.isArray(rawViews)) report(["feature_views"], `expected a list of feature views, got ${describe(rawViews)}`);
  else rawViews.forEach((value, i) => {
    const view = parseView(value, ["feature_views", i], entities, report);
    if (view) featureViews.push(view);
  });
  checkUnique(featureViews, report);
  const project = optionalText(root, "project", [], report);
  const docs = documentation(root, [], report);
  if (problems.length) throw new FeatureRepositoryError(problems.sort((a, b) => lineNumber(a, path) - lineNumber(b, path)));
  return {entities, featureViews, ...(project !== undefined ? {project} : {}), ...docs};
}

type Report = (at: Path, message: string) => void;

function parseView(value: unknown, at: Path, entities: Record<string, Entity>, report: Report): FeatureView | undefined {
  if (!isRecord(value)) { report(at, `expected a mapping, got ${describe(value)}`); return undefined; }
  checkKeys(value, at, viewKeys, report);
  const name = requiredString(value, "name", at, report);
  const viewEntities = stringList(value, "entities", at, report);
  const source = requiredString(value, "source", at, report);
  const timestampField = requiredString(value, "timestamp_field", at, report);
  const {features, featureDocs} = featureList(value, at, report) ?? {};
  const docs = documentation(value, at, report);
  const upstream = value.upstream === undefined ? undefined : stringList(value, "upstream", at, report);
  const created = value.created_timestamp_field;
  if (created !== undefined && !isName(created)) report([...at, "created_timestamp_field"], `expected a column name, got ${describe(created)}`);
  let ttlMs: number | undefined;
  if (value.ttl !== undefined) {
    ttlMs = typeof value.ttl === "string" ? parseTtl(value.ttl) : undefined;
    if (ttlMs === undefined) report([...at, "ttl"], `${JSON.stringify(value.ttl)} is not a duration (use s, m, h or d)`);
    else if (ttlMs === 0) report([...at, "ttl"], `${JSON.stringify(value.ttl)} is zero; omit ttl for no limit`);
  }
  const joinKeys: string[] = [];
  viewEntities?.forEach((entity, j) => {
    const known = entities[entity];
    if (!known) report([...at, "entities", j], `unknown entity ${JSON.stringify(entity)} (known: ${Object.keys(entities).join(", ") || "none"})`);
    else for (const key of known.joinKeys) {
      if (joinKeys.includes(key)) report([...at, "entities", j], `join key ${JSON.stringify(key)} comes from two entities`);
      else joinKeys.push(key);
    }
  });
  const timeFields = [timestampField, isName(created) ? created : undefined];
  features?.forEach((feature, j) => {
    const where = [...at, "features", j];
    if (features.indexOf(feature) !== j) report(where, `feature ${JSON.stringify(feature)} is listed twice`);
    if (joinKeys.includes(feature)) report(where, `feature ${JSON.stringify(feature)} is also a join key`);
    if (timeFields.includes(feature)) report(where, `feature ${JSON.stringify(feature)} is also a timestamp field`);
  });
  if (name === undefined || !viewEntities || source === undefined || timestampField === undefined || !features) return undefined;
  return {
    name, entities: viewEntities, joinKeys, source, timestampField, features,
    ...(isName(created) ? {createdTimestampField: created} : {}),
    ...(ttlMs ? {ttlMs} : {}),
    ...docs,
    ...(upstream ? {upstream} : {}),
    ...(featureDocs && Object.keys(featureDocs).length ? {featureDocs} : {}),
  };
}

/** The `features` list: names, and the documentation of the entries written as mappings. */
function featureList(value: Record<string, unknown>, at: Path, report: Report): {features: string[]; featureDocs: Record<string, FeatureDoc>} | undefined {
  const field = value.features;
  if (field === undefined) { report(at, "missing field features"); return undefined; }
  if (!Array.isArray(field) || field.length === 0) { report([...at, "features"], `expected a non-empty list, got ${describe(field)}`); return undefined; }
  const features: string[] = [];
  const featureDocs: Record<string, FeatureDoc> = {};
  let ok = true;
  field.forEach((item: unknown, j) => {
    const where = [...at, "features", j];
    if (isName(item)) { features.push(item); return; }
    if (!isRecord(item)) { ok = false; report(where, `expected a feature name or a mapping with name, description and calculation, got ${describe(item)}`); return; }
    checkKeys(item, where, featureKeys, report);
    const name = requiredString(item, "name", where, report);
    const description = requiredString(item, "description", where, report);
    const calculation = requiredString(item, "calculation", where, report);
    const dtype = item.dtype;
    if (dtype !== undefined && !(featureDtypes as readonly unknown[]).includes(dtype)) report([...where, "dtype"], `expected one of ${featureDtypes.join(", ")}, got ${describe(dtype)}`);
    const frequency = item.update_frequency;
    const frequencyOk = frequency === undefined || frequency === "on_event" || (typeof frequency === "string" && (parseTtl(frequency) ?? 0) > 0);
    if (!frequencyOk) report([...where, "update_frequency"], `${JSON.stringify(frequency)} is not a positive duration (s, m, h or d) or on_event`);
    if (name === undefined || description === undefined || calculation === undefined) { ok = false; return; }
    features.push(name);
    // A name listed twice keeps its first documentation; the duplicate is reported below.
    featureDocs[name] ??= {
      description, calculation,
      ...(typeof dtype === "string" && (featureDtypes as readonly string[]).includes(dtype) ? {dtype: dtype as FeatureDtype} : {}),
      ...(frequencyOk && frequency !== undefined ? {updateFrequency: frequency as string} : {}),
    };
  });
  return ok ? {features, featureDocs} : undefined;
}

/** The optional description, owner and tags of a mapping. */
function documentation(value: Record<string, unknown>, at: Path, report: Report): Documentation {
  const description = optionalText(value, "description", at, report);
  const owner = optionalText(value, "owner", at, report);
  let tags: string[] | undefined;
  const field = value.tags;
  if (field !== undefined) {
    if (!Array.isArray(field)) report([...at, "tags"], `expected a list of tags, got ${describe(field)}`);
    else if (field.every(isName)) tags = field;
    else field.forEach((item, i) => { if (!isName(item)) report([...at, "tags", i], `expected a non-empty string, got ${describe(item)}`); });
  }
  return {...(description !== undefined ? {description} : {}), ...(owner !== undefined ? {owner} : {}), ...(tags ? {tags} : {})};
}

function optionalText(value: Record<string, unknown>, key: string, at: Path, report: Report): string | undefined {
  const field = value[key];
  if (field === undefined) return undefined;
  if (isName(field)) return field;
  report([...at, key], `expected a non-empty string, got ${describe(field)}`);
  return undefined;
}

function checkUnique(views: FeatureView[], report: Report): void {
  const viewAt = new Map<string, number>();
  const featureAt = new Map<string, string>();
  views.forEach((view, i) => {
    if (viewAt.has(view.name)) report(["feature_views", i, "name"], `duplicate view name ${JSON.stringify(view.name)} (also feature_views[${viewAt.get(view.name)}])`);
    else viewAt.set(view.name, i);
    view.features.forEach((feature, j) => {
      const other = featureAt.get(feature);
      if (other !== undefined && other !== view.name) report(["feature_views", i, "features", j], `feature ${JSON.stringify(feature)} is also in view ${JSON.stringify(other)}`);
      else featureAt.set(feature, view.name);
    });
  });
}

function checkKeys(value: Record<string, unknown>, at: Path, allowed: string[], report: Report): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) report([...at, key], `unknown field (expected one of ${allowed.join(", ")})`);
  }
}

function requiredString(value: Record<string, unknown>, key: string, at: Path, report: Report): string | undefined {
  const field = value[key];
  if (field === undefined) report(at, `missing field ${key}`);
  else if (!isName(field)) report([...at, key], `expected a non-empty string, got ${describe(field)}`);
  else return field;
  return undefined;
}

function stringList(value: Record<string, unknown>, key: string, at: Path, report: Report): string[] | undefined {
  const field = value[key];
  if (field === undefined) report(at, `missing field ${key}`);
  else if (!Array.isArray(field) || field.length === 0) report([...at, key], `expected a non-empty list, got ${describe(field)}`);
  else if (field.every(isName)) return field;
  else field.forEach((item, i) => { if (!isName(item)) report([...at, key, i], `expected a non-empty string, got ${describe(item)}`); });
  return undefined;
}

function locate(doc: Document, at: Path, lineOf: (offset: number) => string, path: string): string {
  for (let n = at.length; n >= 0; n--) {
    const node = doc.getIn(at.slice(0, n), true) as {range?: [number, number, number]} | undefined;
    if (node && typeof node === "object" && node.range) return lineOf(node.range[0]);
  }
  return path;
}

function lineNumber(problem: string, path: string): number {
  return Number(/^:(\d+):/.exec(problem.slice(path.length))?.[1] ?? 0);
}

function formatPath(at: Path): string {
  if (at.length === 0) return "(top level)";
  return at.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isName(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length ? "a list" : "an empty list";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value);
}
