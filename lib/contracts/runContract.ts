import {ident, sql, sqlStringLiteral, type SqlEngine, type SqlFragment} from "../sql/index.js";
import {checkMessage, type Measured} from "./checkMessage.js";
import type {Column} from "./columnTypes.js";
import {compileChecks, countQuery, duplicateSampleQuery, sampleQuery, type CompiledCheck} from "./compileChecks.js";
import type {Contract, Threshold, Unit} from "./contract.js";
import {contractChecks, pickObject, type CheckSpec} from "./contractChecks.js";
import {physicalTypeMatch} from "./physicalTypeMatch.js";
import {displaySql} from "./displaySql.js";
import {jsonRows, type JsonValue} from "./jsonRows.js";
import {resolveSqlRule, sqlRuleError, sqlRuleValue} from "./sqlRule.js";
import {meetsThreshold} from "./threshold.js";

export type CheckStatus = "pass" | "warn" | "fail" | "error";

/** The outcome of one check, as data (the shape of `fslab check --format json`). */
export interface CheckResult {
  id: string;
  property: string | null;
  rule: string;
  status: CheckStatus;
  /** The measured value, in `unit` (rows or percent; freshness: age in ms). Null when not measured. */
  value: number | null;
  threshold: Threshold;
  unit: Unit | "ms";
  unexpected_count: number | null;
  /** unexpected_count as a percent (0–100) of all rows. */
  unexpected_percent: number | null;
  samples: Record<string, JsonValue>[];
  sql: string;
  message: string;
  /** The object the check is about, in a run over several objects (runContracts). */
  object?: string;
}

export interface ContractResult {
  /** The worst check status: error > fail > warn > pass. */
  status: CheckStatus;
  /** The object checked (several: their names, comma-separated). */
  object: string;
  /** The object's physicalName, when it has one other than its name (a single object). */
  physicalName?: string;
  /** Rows of the object (several: of all of them). */
  rows: number;
  checks: CheckResult[];
  /** A run over several objects (runContracts): each one's table, rows and worst status. */
  objects?: {object: string; table: string; rows: number; status: CheckStatus}[];
}

export interface RunOptions {
  /** The time freshness is judged at, in ms since the epoch (UTC). Required when the contract has a freshness SLA. */
  asOf?: number;
  /** How many violating rows (or duplicated keys) to keep per failed check; default 5. */
  sampleSize?: number;
  /** Which schema object the table holds; default the contract's only one. */
  object?: string;
  /** The tables holding the contract's other objects (object name → table), for its relationships (foreign keys). */
  tables?: Readonly<Record<string, string>>;
}

const rank: Record<CheckStatus, number> = {pass: 0, warn: 1, fail: 2, error: 3};

/**
 * Checks the table `table` of `engine` against a contract: one aggregate scan for all
 * row-level and row-count rules, one query per uniqueness rule and freshness SLA, and a
 * bounded sample of violating rows per failed rule; each `type: sql` rule runs its own query
 * (the table also reachable by the object's name and physicalName, as temporary views). A
 * query that fails (a bad expression, a SQL rule that errs or returns no single value)
 * makes its check an error, not an exception.
 *
 * @example (await runContract(engine, contract, "transactions", {asOf: Date.UTC(2026, 3, 1)})).status // => "pass"
 */
export async function runContract(engine: SqlEngine, contract: Contract, table: string, options: RunOptions = {}): Promise<ContractResult> {
  const {asOf, sampleSize = 5} = options;
  const specs = contractChecks(contract, options.object);
  const object = pickObject(contract, options.object);
  if (specs.some((s) => s.measure.kind === "sql")) await aliasTable(engine, table, [object.name, object.physicalName]);
  const described = await describe(engine, table);
  const {relation, columns, specs: runSpecs} = await flattenNested(engine, table, described, specs);
  const others: Record<string, {table: string; columns: Column[]}> = {};
  for (const [name, other] of Object.entries({...options.tables, [object.name]: relation})) {
    if (runSpecs.some((s) => s.measure.kind === "foreignKey" && s.measure.to === name)) others[name] = {table: other, columns: name === object.name ? columns : await describe(engine, other)};
  }
  const compiled = compileChecks(runSpecs, relation, columns, others);
  const counts = await aggregateCounts(engine, compiled.aggregate, compiled.checks, relation);
  const rows = Number(counts.get("rows") ?? 0);
  const byName = new Map(columns.map((c) => [c.name, c]));
  const results: CheckResult[] = [];
  for (const check of compiled.checks) {
    const {spec} = check;
    const column = spec.column === null ? undefined : byName.get(spec.column);
    const base = {id: spec.id, property: spec.property, rule: spec.rule, threshold: spec.threshold, unit: spec.unit, samples: []};
    const measured: Measured = {rows, unexpected: 0, column};
    const m = spec.measure;
    if (m.kind === "note") {
      results.push({...base, status: "warn", value: null, threshold: {}, unexpected_count: null, unexpected_percent: null, sql: "", message: m.message});
      continue;
    }
    if (m.kind === "present") {
      results.push({...base, status: column ? "pass" : spec.onViolation, value: column ? 1 : 0, threshold: {mustBe: 1}, unexpected_count: null, unexpected_percent: null, sql: displaySql(sql`DESCRIBE ${ident(relation)}`), message: checkMessage(spec, measured)});
      continue;
    }
    if (m.kind === "physicalType") {
      if (!column) continue; // the property's `present` check reports the missing column
      const match = physicalTypeMatch(m.declared, column.type);
      measured.physical = match === "same" ? `column ${column.name} is ${column.type}, as declared`
        : match === "family" ? `column ${column.name} is ${column.type}, of the family of the declared ${m.declared}`
        : match === "drift" ? `schema drift: column ${column.name} is ${column.type}, declared ${m.declared}`
        : `column ${column.name} is ${column.type}; the declared ${m.declared} is not a type fslab compares`;
      results.push({...base, status: match === "drift" ? spec.onViolation : "pass", value: match === "drift" ? 0 : 1, threshold: {mustBe: 1}, unexpected_count: null, unexpected_percent: null, sql: displaySql(sql`DESCRIBE ${ident(relation)}`), message: checkMessage(spec, measured)});
      continue;
    }
    if (check.unchecked !== undefined) {
      results.push({...base, status: "warn", value: null, unexpected_count: null, unexpected_percent: null, sql: "", message: `not checkable: ${check.unchecked}`});
      continue;
    }
    if (check.problem) {
      if (m.kind === "duplicates" && spec.property === null) results.push({...base, status: "error", value: null, unexpected_count: null, unexpected_percent: null, sql: "", message: `not run: ${check.problem}`});
      continue; // the property's `present` check reports the missing column
    }
    if (m.kind === "sql") {
      const shown = resolveSqlRule(m.query, relation, spec.column);
      let outcome: ReturnType<typeof sqlRuleValue>;
      try {
        outcome = sqlRuleValue(await engine.query(check.query!));
      } catch (error) {
        outcome = {error: sqlRuleError(error, shown)};
      }
      if ("error" in outcome) {
        results.push({...base, status: "error", value: null, unexpected_count: null, unexpected_percent: null, sql: shown, message: outcome.error});
      } else {
        measured.value = outcome.text;
        results.push({...base, status: meetsThreshold(outcome.value, spec.threshold) ? "pass" : spec.onViolation, value: outcome.value, unexpected_count: null, unexpected_percent: null, sql: shown, message: checkMessage(spec, measured)});
      }
      continue;
    }
    const outcome = await measure(engine, check, counts, measured, asOf);
    const query = check.query ?? (check.predicate ? countQuery(check.predicate, relation) : sql`SELECT count(*) AS "rows" FROM ${ident(relation)}`);
    if (outcome.error !== undefined) {
      results.push({...base, status: "error", value: null, unexpected_count: null, unexpected_percent: null, sql: displaySql(query), message: outcome.error});
      continue;
    }
    const value = outcome.value;
    const status: CheckStatus = meetsThreshold(value, spec.threshold) ? "pass" : spec.onViolation;
    const unexpected = m.kind === "rows" || m.kind === "duplicates" || m.kind === "foreignKey" ? measured.unexpected : null;
    const samples = status === "pass" || unexpected === 0 ? [] : await violatingSamples(engine, check, relation, columns, sampleSize);
    results.push({
      ...base, status, value, unit: m.kind === "freshness" ? "ms" : spec.unit, samples,
      unexpected_count: unexpected, unexpected_percent: unexpected === null ? null : rows ? (100 * unexpected) / rows : 0,
      sql: displaySql(query), message: checkMessage(spec, measured),
    });
  }
  const status = results.reduce<CheckStatus>((worst, r) => (rank[r.status] > rank[worst] ? r.status : worst), "pass");
  const physical = object.physicalName !== undefined && object.physicalName !== object.name ? {physicalName: object.physicalName} : {};
  return {status, object: object.name, ...physical, rows, checks: results};
}

/**
 * Checks several objects of a contract at once, each in its table (`tables`: object name →
 * table of `engine`), with the contract's relationships between them (foreign keys whose
 * target is among `tables`): one result whose checks are each object's in the order given,
 * with `objects` listing each one's rows and status.
 *
 * @example (await runContracts(engine, contract, {orders: "orders", customers: "customers"})).objects?.map((o) => o.status) // => ["fail", "pass"]
 */
export async function runContracts(engine: SqlEngine, contract: Contract, tables: Readonly<Record<string, string>>, options: Omit<RunOptions, "object" | "tables"> = {}): Promise<ContractResult> {
  const names = Object.keys(tables);
  if (names.length === 0) throw new Error("runContracts requires at least one object → table, got none");
  // A SQL rule may name any object's table, by its name or physicalName.
  for (const name of names) await aliasTable(engine, tables[name]!, [name, contract.schema.find((o) => o.name === name)?.physicalName]);
  const results: ContractResult[] = [];
  for (const name of names) results.push(await runContract(engine, contract, tables[name]!, {...options, object: name, tables}));
  const checks = results.flatMap((r, i) => r.checks.map((c) => ({...c, object: names[i]!})));
  const status = checks.reduce<CheckStatus>((worst, r) => (rank[r.status] > rank[worst] ? r.status : worst), "pass");
  return {
    status, object: names.join(", "), rows: results.reduce((n, r) => n + r.rows, 0), checks,
    objects: results.map((r, i) => ({object: names[i]!, table: tables[names[i]!]!, rows: r.rows, status: r.status})),
  };
}

/**
 * Makes the table reachable under the object's name and physicalName too (a SQL rule names
 * the table as its author knows it): a temporary view for each name no table or permanent
 * view holds (an earlier run's alias is replaced).
 */
async function aliasTable(engine: SqlEngine, table: string, names: (string | undefined)[]): Promise<void> {
  for (const name of new Set(names)) {
    if (name === undefined || name.toLowerCase() === table.toLowerCase()) continue;
    const taken = jsonRows(await engine.query(sql`SELECT count(*) AS "n" FROM (SELECT table_name AS "name" FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT temporary) WHERE lower("name") = lower(${name})`))[0]?.n;
    if (Number(taken) === 0) await engine.query(sql`CREATE OR REPLACE TEMP VIEW ${ident(name)} AS SELECT * FROM ${ident(table)}`);
  }
}

async function describe(engine: SqlEngine, relation: string): Promise<Column[]> {
  return jsonRows(await engine.query(sql`DESCRIBE ${ident(relation)}`)).map((r): Column => ({name: String(r.column_name), type: String(r.column_type)}));
}

/**
 * The relation the checks run on: the table itself, or, when the contract declares fields
 * of object properties (spec.nested), a temporary view of it with each such field of a
 * STRUCT column as a column of its own, named by its dotted path (`customer.address.zip`).
 * Fields of a column that is not a STRUCT (a CSV holds none) are not checkable: one
 * warning per such column replaces their checks. A field the STRUCT lacks is a missing column.
 */
async function flattenNested(engine: SqlEngine, table: string, columns: Column[], specs: CheckSpec[]): Promise<{relation: string; columns: Column[]; specs: CheckSpec[]}> {
  const nested = specs.filter((s) => s.nested);
  if (nested.length === 0) return {relation: table, columns, specs};
  const byName = new Map(columns.map((c) => [c.name, c]));
  const out: CheckSpec[] = [];
  const fields = new Map<string, string>(); // dotted name → SQL
  const noted = new Set<string>();
  for (const spec of specs) {
    if (!spec.nested) {
      out.push(spec);
      continue;
    }
    const {root, path} = spec.nested;
    const column = byName.get(root);
    if (!column) continue; // the object property's own `present` check reports the missing column
    if (!/^STRUCT\(/i.test(column.type)) {
      if (noted.has(root)) continue;
      noted.add(root);
      const names = [...new Set(nested.filter((s) => s.nested!.root === root).map((s) => s.property))];
      const owner = specs.find((s) => s.column === root && s.measure.kind === "present");
      out.push({...spec, id: `${spec.object}.${owner?.property ?? root}.nested`, property: owner?.property ?? root, column: root, rule: "nested properties", measure: {kind: "note", message: `not checkable: column ${root} is ${column.type}, not a STRUCT (a CSV holds no nested columns), so the checks of its nested properties (${names.join(", ")}) were not run`}, threshold: {}, onViolation: "warn", nested: undefined});
      continue;
    }
    const name = [root, ...path].join(".");
    if (!fields.has(name)) fields.set(name, path.reduce((expr, field) => `struct_extract(${expr}, ${sqlStringLiteral(field)})`, ident(root).text));
    out.push(spec);
  }
  const present: string[] = [];
  for (const [name, expr] of fields) {
    try {
      await engine.query(`DESCRIBE SELECT ${expr} FROM ${ident(table).text}`);
      present.push(`${expr} AS ${ident(name).text}`);
    } catch {
      // the STRUCT has no such field: the field's `present` check reports it
    }
  }
  if (present.length === 0) return {relation: table, columns, specs: out};
  const relation = `fslab_flat_${table}`;
  await engine.query(`CREATE OR REPLACE TEMP VIEW ${ident(relation).text} AS SELECT *, ${present.join(", ")} FROM ${ident(table).text}`);
  return {relation, columns: await describe(engine, relation), specs: out};
}

/** Runs the one aggregate scan; if it fails, each count alone, so one bad rule cannot hide the rest. */
async function aggregateCounts(engine: SqlEngine, aggregate: SqlFragment, checks: CompiledCheck[], table: string): Promise<Map<string, JsonValue | Error>> {
  try {
    return new Map(Object.entries(jsonRows(await engine.query(aggregate))[0] ?? {}));
  } catch {
    const counts = new Map<string, JsonValue | Error>(Object.entries(jsonRows(await engine.query(sql`SELECT count(*) AS "rows" FROM ${ident(table)}`))[0] ?? {}));
    for (const check of checks) {
      if (!check.predicate || !check.alias) continue;
      try {
        counts.set(check.alias, jsonRows(await engine.query(countQuery(check.predicate, table)))[0]?.unexpected ?? 0);
      } catch (error) {
        counts.set(check.alias, error as Error);
      }
    }
    return counts;
  }
}

async function measure(engine: SqlEngine, check: CompiledCheck, counts: Map<string, JsonValue | Error>, measured: Measured, asOf?: number): Promise<{value: number; error?: undefined} | {error: string}> {
  const {spec} = check;
  const m = spec.measure;
  const percent = (n: number) => (spec.unit === "percent" ? (measured.rows ? (100 * n) / measured.rows : 0) : n);
  if (m.kind === "rowCount") return {value: measured.rows};
  if (check.alias) {
    const count = counts.get(check.alias);
    if (count instanceof Error) return {error: `the rule's SQL failed: ${firstLine(count.message)}`};
    measured.unexpected = Number(count ?? 0);
    return {value: percent(measured.unexpected)};
  }
  if (m.kind === "freshness" && asOf === undefined) return {error: "freshness needs the time to judge it at (asOf / --as-of)"};
  try {
    const row = jsonRows(await engine.query(check.query!))[0] ?? {};
    if (m.kind === "foreignKey") {
      measured.unexpected = Number(row.unexpected ?? 0);
      return {value: percent(measured.unexpected)};
    }
    if (m.kind === "duplicates") {
      measured.unexpected = Number(row.extra_rows ?? 0);
      measured.keys = Number(row.keys ?? 0);
      return {value: percent(measured.unexpected)};
    }
    const newest = row.newest_ms === null || row.newest_ms === undefined ? null : Number(row.newest_ms);
    measured.asOf = new Date(asOf!).toISOString();
    measured.newest = newest === null ? null : new Date(newest).toISOString();
    return newest === null ? {value: Number.POSITIVE_INFINITY} : {value: asOf! - newest};
  } catch (error) {
    return {error: `the check's SQL failed: ${firstLine((error as Error).message)}`};
  }
}

async function violatingSamples(engine: SqlEngine, check: CompiledCheck, table: string, columns: readonly Column[], limit: number): Promise<Record<string, JsonValue>[]> {
  const m = check.spec.measure;
  const query = check.predicate ? sampleQuery(check.predicate, table, limit, columns) : m.kind === "duplicates" ? duplicateSampleQuery(m.keys, table, limit, columns) : undefined;
  if (!query || limit <= 0) return [];
  try {
    return jsonRows(await engine.query(query));
  } catch {
    return []; // samples illustrate a result already measured; their absence changes no verdict
  }
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}
