import {LineCounter, parseDocument, type Document} from "yaml";
import {parseTtl} from "./parseTtl.js";

/** An entity: what a feature describes, identified by its join key columns. */
export interface Entity {
  readonly name: string;
  readonly joinKeys: readonly string[];
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
}

/** A parsed, validated `features.yaml`. */
export interface FeatureRepository {
  readonly entities: Readonly<Record<string, Entity>>;
  readonly featureViews: readonly FeatureView[];
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
const topKeys = ["entities", "feature_views", "project", "description"];
const entityKeys = ["join_keys", "description"];
const viewKeys = ["name", "entities", "source", "timestamp_field", "created_timestamp_field", "ttl", "features", "description"];

/**
 * Parses and validates a feature repository in the design's YAML format. Throws a
 * FeatureRepositoryError whose messages name the file, line and field of each problem.
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
      if (joinKeys) entities[name] = {name, joinKeys};
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
  if (problems.length) throw new FeatureRepositoryError(problems.sort((a, b) => lineNumber(a, path) - lineNumber(b, path)));
  return {entities, featureViews};
}

type Report = (at: Path, message: string) => void;

function parseView(value: unknown, at: Path, entities: Record<string, Entity>, report: Report): FeatureView | undefined {
  if (!isRecord(value)) { report(at, `expected a mapping, got ${describe(value)}`); return undefined; }
  checkKeys(value, at, viewKeys, report);
  const name = requiredString(value, "name", at, report);
  const viewEntities = stringList(value, "entities", at, report);
  const source = requiredString(value, "source", at, report);
  const timestampField = requiredString(value, "timestamp_field", at, report);
  const features = stringList(value, "features", at, report);
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
  };
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
