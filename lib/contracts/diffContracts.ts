import type {Contract, Property, QualityRule, Relationship, SchemaObject} from "./contract.js";
import {temporalMs} from "./temporalBound.js";
import {typeChange} from "./typeChange.js";

export type ChangeLevel = "ERROR" | "WARNING" | "INFO";

/**
 * One difference between two versions of a contract. `breaksBackward`: data written under
 * the old version can fail the new one (consumers on the new contract cannot read it);
 * `breaksForward`: data written under the new version can fail the old one.
 */
export interface ContractChange {
  level: ChangeLevel;
  kind: string;
  object: string;
  property: string | null;
  message: string;
  breaksBackward: boolean;
  breaksForward: boolean;
}

/**
 * Lists what changed from `old` to `next`, each classified: ERROR for a breaking change
 * (a field removed that was required, a field added as required, required false→true, a
 * type changed other than a safe widening, an enum value removed, a range or pattern
 * tightened, unique added, a SQL rule or a foreign key added, a SQL rule changed, a column
 * renamed by physicalName), WARNING for an optional field removed (old readers then get
 * nulls), INFO for relaxations and additions. A property that is not required is optional
 * with a default of null, as in the Schema Registry's Avro rules.
 *
 * @example diffContracts(v1, v2).map((c) => c.kind) // => ["required-added"]
 */
export function diffContracts(old: Contract, next: Contract): ContractChange[] {
  const changes: ContractChange[] = [];
  for (const o of old.schema) {
    const n = next.schema.find((x) => x.name === o.name);
    if (!n) changes.push(make("ERROR", "object-removed", o.name, null, `object ${o.name} was removed`, false, o.properties.some(isRequired)));
    else changes.push(...diffObjects(o, n));
  }
  for (const n of next.schema.filter((x) => !old.schema.some((o) => o.name === x.name))) {
    changes.push(make("INFO", "object-added", n.name, null, `object ${n.name} was added`, false, false));
  }
  changes.push(...diffRelationships(old, next));
  return changes;
}

/** A foreign key as a reader names it: `orders (customer_id) → customers (id)`. */
function fkName(rel: Relationship): string {
  return `${rel.from[0]!.object} (${rel.from.map((f) => f.property).join(", ")}) → ${rel.to[0]!.object} (${rel.to.map((t) => t.property).join(", ")})`;
}

/** A foreign key added constrains old data (orphans may exist); one removed lets new data hold orphans old readers do not expect. */
function diffRelationships(old: Contract, next: Contract): ContractChange[] {
  const a = new Set(old.relationships.map(fkName));
  const b = new Set(next.relationships.map(fkName));
  return [
    ...next.relationships.filter((r) => !a.has(fkName(r))).map((r) => make("ERROR", "foreign-key-added", r.from[0]!.object, r.from.length === 1 ? r.from[0]!.property : null, `foreign key ${fkName(r)} was added; old data may hold keys without a match`, true, false)),
    ...old.relationships.filter((r) => !b.has(fkName(r))).map((r) => make("INFO", "foreign-key-removed", r.from[0]!.object, r.from.length === 1 ? r.from[0]!.property : null, `foreign key ${fkName(r)} was removed; old readers may meet keys without a match`, false, true)),
  ];
}

/**
 * The contract author's SQL rules (type: sql, and fslab expression rules) of an object and
 * its properties, by id, with what they run and must give: fslab cannot tell whether one
 * query is tighter than another, so any change to one breaks both ways.
 */
function sqlRules(o: SchemaObject): Map<string, {owner: string | null; text: string}> {
  const rules = new Map<string, {owner: string | null; text: string}>();
  const add = (owner: string | null, rule: QualityRule) => {
    if (rule.metric !== "sql" && rule.metric !== "expression") return;
    rules.set(rule.id, {owner, text: JSON.stringify([rule.query ?? rule.expression, rule.threshold, rule.unit, rule.severity ?? null])});
  };
  for (const p of o.properties) for (const rule of p.quality) add(p.name, rule);
  for (const rule of o.quality) add(null, rule);
  return rules;
}

function diffSqlRules(o: SchemaObject, n: SchemaObject): ContractChange[] {
  const [a, b] = [sqlRules(o), sqlRules(n)];
  const out: ContractChange[] = [];
  for (const [id, rule] of b) {
    const before = a.get(id);
    if (!before) out.push(make("ERROR", "sql-rule-added", o.name, rule.owner, `${o.name}: SQL rule ${id} was added; old data may break it`, true, false));
    else if (before.text !== rule.text) out.push(make("ERROR", "sql-rule-changed", o.name, rule.owner, `${o.name}: SQL rule ${id} changed (its query, threshold or severity); data of either version may break the other's`, true, true));
  }
  for (const [id, rule] of a) {
    if (!b.has(id)) out.push(make("INFO", "sql-rule-removed", o.name, rule.owner, `${o.name}: SQL rule ${id} was removed; old readers may meet data that breaks it`, false, true));
  }
  return out;
}

function diffObjects(o: SchemaObject, n: SchemaObject): ContractChange[] {
  const changes: ContractChange[] = diffSqlRules(o, n);
  for (const p of o.properties) {
    const q = n.properties.find((x) => x.name === p.name);
    if (q) changes.push(...diffProperties(o.name, p, q));
    else if (isRequired(p)) changes.push(make("ERROR", "property-removed", o.name, p.name, `${o.name}.${p.name}: required property removed; readers of the old contract expect it`, false, true));
    else changes.push(make("WARNING", "property-removed", o.name, p.name, `${o.name}.${p.name}: optional property removed; readers of the old contract will see nulls`, false, false));
  }
  for (const q of n.properties.filter((x) => !o.properties.some((p) => p.name === x.name))) {
    if (isRequired(q)) changes.push(make("ERROR", "property-added", o.name, q.name, `${o.name}.${q.name}: required property added; data written under the old contract lacks it`, true, false));
    else changes.push(make("INFO", "property-added", o.name, q.name, `${o.name}.${q.name}: optional property added (null in old data)`, false, false));
  }
  return changes;
}

function diffProperties(object: string, p: Property, q: Property): ContractChange[] {
  const out: ContractChange[] = [];
  const at = (level: ChangeLevel, kind: string, message: string, b: boolean, f: boolean) => out.push(make(level, kind, object, p.name, `${object}.${p.name}: ${message}`, b, f));
  if (!isRequired(p) && isRequired(q)) at("ERROR", "required-added", "required changed false → true; old data may hold nulls", true, false);
  if (isRequired(p) && !isRequired(q)) at("INFO", "required-removed", "required changed true → false; old readers may now see nulls", false, true);
  if ((p.physicalName ?? p.name) !== (q.physicalName ?? q.name)) at("ERROR", "column-renamed", `its column changed ${p.physicalName ?? p.name} → ${q.physicalName ?? q.name}; readers of either version look for the other name`, true, true);
  const type = typeChange(p, q);
  const shown = (x: Property) => [x.logicalType, x.physicalType].filter(Boolean).join(" / ") || "any";
  if (type === "widened") at("INFO", "type-widened", `type widened ${shown(p)} → ${shown(q)}`, false, true);
  if (type === "changed") at("ERROR", "type-changed", `type changed ${shown(p)} → ${shown(q)}`, true, true);
  const uniqueOld = p.unique || p.primaryKey;
  const uniqueNew = q.unique || q.primaryKey;
  if (!uniqueOld && uniqueNew) at("ERROR", "unique-added", "became unique; old data may hold duplicates", true, false);
  if (uniqueOld && !uniqueNew) at("INFO", "unique-removed", "is no longer unique", false, true);
  diffAllowed(p, q, at);
  diffBound(p.options.minimum, q.options.minimum, p.options.exclusiveMinimum, q.options.exclusiveMinimum, 1, "minimum", at);
  diffBound(p.options.maximum, q.options.maximum, p.options.exclusiveMaximum, q.options.exclusiveMaximum, -1, "maximum", at);
  diffBound(p.options.minLength, q.options.minLength, undefined, undefined, 1, "minLength", at);
  diffBound(p.options.maxLength, q.options.maxLength, undefined, undefined, -1, "maxLength", at);
  const [a, b] = [p.options.pattern, q.options.pattern];
  if (a !== b) {
    if (b === undefined) at("INFO", "pattern-removed", `pattern /${a}/ was removed`, false, true);
    else if (a === undefined) at("ERROR", "pattern-added", `pattern /${b}/ was added`, true, false);
    else at("ERROR", "pattern-changed", `pattern changed /${a}/ → /${b}/ (values matching the old one may not match the new)`, true, true);
  }
  return out;
}

type At = (level: ChangeLevel, kind: string, message: string, b: boolean, f: boolean) => void;

/** Allowed values: the property's `enum`, else the validValues of an invalidValues rule. */
function allowed(p: Property): unknown[] | undefined {
  return p.enum ?? p.quality.find((r) => r.metric === "invalidValues" && r.validValues)?.validValues;
}

function diffAllowed(p: Property, q: Property, at: At): void {
  const [a, b] = [allowed(p), allowed(q)];
  if (a === undefined && b === undefined) return;
  if (b === undefined) return at("INFO", "enum-removed", "no longer restricted to a list of values", false, true);
  if (a === undefined) return at("ERROR", "enum-added", `now restricted to ${b.map(show).join(", ")}`, true, false);
  const removed = a.filter((v) => !b.some((w) => show(w) === show(v)));
  const added = b.filter((v) => !a.some((w) => show(w) === show(v)));
  if (removed.length) at("ERROR", "enum-value-removed", `allowed value${removed.length > 1 ? "s" : ""} ${removed.map(show).join(", ")} removed; old data may hold ${removed.length > 1 ? "them" : "it"}`, true, false);
  if (added.length) at("INFO", "enum-value-added", `allowed value${added.length > 1 ? "s" : ""} ${added.map(show).join(", ")} added; old readers do not expect ${added.length > 1 ? "them" : "it"}`, false, true);
}

/**
 * A lower (`direction` 1) or upper (−1) bound: tightened when it appears or moves inward
 * (or becomes exclusive at the same value), relaxed when it disappears or moves outward.
 */
function diffBound(
  oldIncl: number | string | undefined, newIncl: number | string | undefined,
  oldExcl: number | string | undefined, newExcl: number | string | undefined,
  direction: 1 | -1, name: string, at: At,
): void {
  const a = oldExcl !== undefined ? {v: value(oldExcl), excl: true} : oldIncl !== undefined ? {v: value(oldIncl), excl: false} : undefined;
  const b = newExcl !== undefined ? {v: value(newExcl), excl: true} : newIncl !== undefined ? {v: value(newIncl), excl: false} : undefined;
  const text = (x: {v: number; excl: boolean} | undefined, raw: unknown) => (x ? `${x.excl ? "exclusive " : ""}${String(raw)}` : "none");
  const [rawA, rawB] = [oldExcl ?? oldIncl, newExcl ?? newIncl];
  if (!a && !b) return;
  if (a && b && a.v === b.v && a.excl === b.excl) return;
  const tighter = !a || (b !== undefined && (direction * (b.v - a.v) > 0 || (b.v === a.v && b.excl)));
  const message = `${name} ${tighter ? "tightened" : "relaxed"} ${text(a, rawA)} → ${text(b, rawB)}`;
  if (tighter) at("ERROR", "range-tightened", `${message}; old data may fall outside it`, true, false);
  else at("INFO", "range-relaxed", `${message}; old readers may see values outside their range`, false, true);
}

/** A primary key is required too (ODCS: not null). */
function isRequired(p: Property): boolean {
  return p.required || p.primaryKey;
}

function value(x: number | string): number {
  return typeof x === "number" ? x : temporalMs(x);
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

function make(level: ChangeLevel, kind: string, object: string, property: string | null, message: string, breaksBackward: boolean, breaksForward: boolean): ContractChange {
  return {level, kind, object, property, message, breaksBackward, breaksForward};
}
