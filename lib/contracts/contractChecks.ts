import type {LogicalType, Property, QualityRule, SchemaObject, Threshold, Unit, Contract} from "./contract.js";
import {integerFormatRange, stringFormatPattern, strptimeFormat} from "./formatChecks.js";

/** What makes one row violate a count-style check. Nulls never violate a value test. */
export type RowTest =
  | {kind: "null"}
  | {kind: "missing"; values: unknown[]}
  | {kind: "invalid"; validValues?: unknown[]; pattern?: string}
  | {kind: "below"; bound: number | string; inclusive: boolean}
  | {kind: "above"; bound: number | string; inclusive: boolean}
  | {kind: "length"; min?: number; max?: number}
  | {kind: "type"; logicalType: LogicalType}
  | {kind: "expression"; sql: string}
  /** Outside [min, max] (an integer `format` such as i32). */
  | {kind: "range"; min?: number; max?: number}
  /** Not a whole multiple of `step` (to 1e-9 of the quotient). */
  | {kind: "multipleOf"; step: number}
  /** Text that does not parse with a strptime `format` (a date, timestamp or time held as text). */
  | {kind: "format"; strptime: string; format: string}
  /** A LIST with fewer than `min` or more than `max` items. */
  | {kind: "items"; min?: number; max?: number}
  /** An object (STRUCT or MAP) with fewer than `min` or more than `max` present fields. */
  | {kind: "fieldCount"; min?: number; max?: number}
  /** A LIST whose non-null items repeat. */
  | {kind: "uniqueItems"}
  /** A LIST with an item that is not a valid `logicalType`. */
  | {kind: "itemType"; logicalType: LogicalType};

/** How a check's value is measured. */
export type Measure =
  | {kind: "rows"; test: RowTest}
  | {kind: "rowCount"}
  | {kind: "duplicates"; keys: string[]}
  | {kind: "freshness"; maxAgeMs: number; text: string}
  | {kind: "present"}
  /** Rows whose non-null key (`keys`, columns of this object) has no match among `toKeys` of object `to`. */
  | {kind: "foreignKey"; keys: string[]; to: string; toKeys: string[]}
  /** Whether the column's DuckDB type is the declared physicalType's (a mismatch is schema drift: a warning). */
  | {kind: "physicalType"; declared: string}
  /** A `type: sql` rule: the author's query (placeholders unresolved), returning one value. */
  | {kind: "sql"; query: string}
  /** A reference in the contract that does not resolve: reported as a warning, nothing measured. */
  | {kind: "note"; message: string};

/** A check descriptor: what is measured and what it must be; engines compile it. */
export interface CheckSpec {
  id: string;
  object: string;
  /** The property the check is about; null for object-level checks. */
  property: string | null;
  /** The column the data holds `property` in: its physicalName, else its name; null for object-level checks. */
  column: string | null;
  /** The rule as the contract states it, e.g. "required", "minimum 0", "nullValues". */
  rule: string;
  measure: Measure;
  threshold: Threshold;
  unit: Unit;
  /** What a violated threshold means: "fail", or "warn" for low severities. */
  onViolation: "fail" | "warn";
  /** The declared logical type of `property`, so values compare as that type. */
  logicalType?: LogicalType;
  /** A date, timestamp or time declared with a `format`: the strptime format its text is read with. */
  strptime?: string;
  /**
   * A property nested in an `object` property (a field of a STRUCT column): `root` is the
   * STRUCT column, `path` the field names below it; `column` is then the dotted path, the
   * name runContract gives the field in a flattened view.
   */
  nested?: {root: string; path: string[]};
}

const warnSeverities = new Set(["info", "warning", "warn", "low", "minor", "trivial"]);
const scalarTypes = new Set<LogicalType>(["string", "integer", "number", "boolean", "date", "timestamp", "time"]);
const none: Threshold = {mustBe: 0};

/**
 * Lists the checks a contract asks of one object: per property presence, physicalType
 * (drift is a warning), type conformance, required, unique, logicalTypeOptions (ranges,
 * lengths, pattern, formats, multipleOf, array item counts, uniqueness and item type),
 * enum and quality rules, the same for the fields of an `object` property (a STRUCT
 * column); then the composite primary key, object rules, freshness, and a warning per
 * contract reference that does not resolve.
 *
 * @example contractChecks(contract, "transactions").map((c) => c.id) // => ["transactions.txn_id.present", ...]
 */
export function contractChecks(contract: Contract, objectName?: string): CheckSpec[] {
  const object = pickObject(contract, objectName);
  const checks: CheckSpec[] = [];
  const keys = object.properties.filter((p) => p.primaryKey).sort((a, b) => a.primaryKeyPosition - b.primaryKeyPosition);
  for (const p of object.properties) checks.push(...propertyChecks(object, p, keys.length === 1));
  const base = {object: object.name, column: null, unit: "rows" as const, onViolation: "fail" as const};
  if (keys.length > 1) {
    checks.push({...base, id: `${object.name}.primaryKey`, property: null, rule: `primaryKey (${keys.map((p) => p.name).join(", ")})`, measure: {kind: "duplicates", keys: keys.map(columnOf)}, threshold: none});
  }
  for (const rule of object.quality) checks.push(ruleCheck(object, null, rule));
  for (const f of contract.freshness.filter((f) => f.object === object.name)) {
    const p = object.properties.find((q) => q.name === f.property);
    checks.push({...base, id: `${object.name}.${f.property}.freshness`, property: f.property, column: p ? columnOf(p) : f.property, rule: `freshness ${f.text}`, measure: {kind: "freshness", maxAgeMs: f.maxAgeMs, text: f.text}, threshold: {mustBeLessOrEqualTo: f.maxAgeMs}, logicalType: p?.logicalType});
  }
  for (const rel of contract.relationships.filter((rel) => rel.from[0]!.object === object.name)) {
    const target = contract.schema.find((o) => o.name === rel.to[0]!.object)!;
    const from = rel.from.map((f) => object.properties.find((p) => p.name === f.property)!);
    const to = rel.to.map((t) => target.properties.find((p) => p.name === t.property)!);
    const names = from.map((p) => p.name).join(", ");
    checks.push({
      ...base, id: `${object.name}.${from.map((p) => p.name).join("+")}.foreignKey`, property: from.length === 1 ? from[0]!.name : null, column: from.length === 1 ? columnOf(from[0]!) : null,
      rule: `foreignKey (${names}) → ${target.name} (${to.map((p) => p.name).join(", ")})`, measure: {kind: "foreignKey", keys: from.map(columnOf), to: target.name, toKeys: to.map(columnOf)}, threshold: none,
    });
  }
  contract.notes.forEach((note, i) => {
    if (note.object !== null && note.object !== object.name) return;
    checks.push({...base, id: `${object.name}.note${contract.notes.length > 1 ? `#${i + 1}` : ""}`, property: null, rule: `reference ${note.path}`, measure: {kind: "note", message: `${note.path}: ${note.message}`}, threshold: {}, onViolation: "warn"});
  });
  return checks;
}

/**
 * The column a property is looked for in the data: its physicalName, else its name.
 *
 * @example columnOf({name: "amount", physicalName: "amt_eur"}) // => "amt_eur"
 */
export function columnOf(p: Pick<Property, "name" | "physicalName">): string {
  return p.physicalName ?? p.name;
}

/**
 * The object a check run is about: the named one, or the only one. Throws (as
 * `contractChecks`, its first caller) when there is no such object.
 *
 * @example pickObject(contract).name // => "transactions" (a contract with one object, transactions)
 */
export function pickObject(contract: Contract, objectName?: string): SchemaObject {
  const object = objectName === undefined && contract.schema.length === 1 ? contract.schema[0]
    : contract.schema.find((o) => o.name === objectName);
  if (!object) {
    throw new Error(`contractChecks requires the name of one of the contract's objects (${contract.schema.map((o) => o.name).join(", ")}), got ${JSON.stringify(objectName)}`);
  }
  return object;
}

function propertyChecks(owner: SchemaObject, p: Property, singleKey: boolean, nested?: {root: string; path: string[]}): CheckSpec[] {
  const object = owner.name;
  const at = `${object}.${p.name}`;
  const temporal = p.logicalType === "date" || p.logicalType === "timestamp" || p.logicalType === "time";
  const strptime = temporal && p.options.format !== undefined ? strptimeFormat(p.options.format) : undefined;
  const base = {object, property: p.name, column: columnOf(p), unit: "rows" as const, onViolation: "fail" as const, threshold: none, logicalType: p.logicalType, ...(strptime && {strptime}), ...(nested && {nested})};
  const rows = (id: string, rule: string, test: RowTest): CheckSpec => ({...base, id: `${at}.${id}`, rule, measure: {kind: "rows", test}});
  // A missing optional column reads as all nulls (optional = default null), so it only warns.
  const present: CheckSpec = {...base, id: `${at}.present`, rule: "present", measure: {kind: "present"}, onViolation: p.required || p.primaryKey ? "fail" : "warn"};
  const checks: CheckSpec[] = [present];
  if (p.physicalType !== undefined) checks.push({...base, id: `${at}.physicalType`, rule: `physicalType ${p.physicalType}`, measure: {kind: "physicalType", declared: p.physicalType}, onViolation: "warn"});
  if (p.logicalType) checks.push(rows("type", `logicalType ${p.logicalType}`, {kind: "type", logicalType: p.logicalType}));
  if (p.required || p.primaryKey) checks.push(rows("required", p.required ? "required" : "primaryKey (not null)", {kind: "null"}));
  if (p.unique || (p.primaryKey && singleKey)) {
    checks.push({...base, id: `${at}.unique`, rule: p.unique ? "unique" : "primaryKey (unique)", measure: {kind: "duplicates", keys: [columnOf(p)]}});
  }
  const o = p.options;
  if (o.minimum !== undefined) checks.push(rows("minimum", `minimum ${o.minimum}`, {kind: "below", bound: o.minimum, inclusive: false}));
  if (o.exclusiveMinimum !== undefined) checks.push(rows("exclusiveMinimum", `exclusiveMinimum ${o.exclusiveMinimum}`, {kind: "below", bound: o.exclusiveMinimum, inclusive: true}));
  if (o.maximum !== undefined) checks.push(rows("maximum", `maximum ${o.maximum}`, {kind: "above", bound: o.maximum, inclusive: false}));
  if (o.exclusiveMaximum !== undefined) checks.push(rows("exclusiveMaximum", `exclusiveMaximum ${o.exclusiveMaximum}`, {kind: "above", bound: o.exclusiveMaximum, inclusive: true}));
  if (o.minLength !== undefined || o.maxLength !== undefined) {
    checks.push(rows("length", [o.minLength !== undefined && `minLength ${o.minLength}`, o.maxLength !== undefined && `maxLength ${o.maxLength}`].filter(Boolean).join(", "), {kind: "length", min: o.minLength, max: o.maxLength}));
  }
  if (o.pattern !== undefined) checks.push(rows("pattern", `pattern ${o.pattern}`, {kind: "invalid", pattern: o.pattern}));
  if (p.enum) checks.push(rows("enum", `enum [${p.enum.join(", ")}]`, {kind: "invalid", validValues: p.enum}));
  if (o.format !== undefined) {
    const range = p.logicalType === "integer" ? integerFormatRange(o.format) : undefined;
    const pattern = p.logicalType === "string" ? stringFormatPattern(o.format) : undefined;
    if (range && (range.min !== undefined || range.max !== undefined)) checks.push(rows("format", `format ${o.format}`, {kind: "range", ...range}));
    if (pattern !== undefined) checks.push(rows("format", `format ${o.format}`, {kind: "invalid", pattern}));
    if (strptime !== undefined) checks.push(rows("format", `format ${o.format}`, {kind: "format", strptime, format: o.format}));
  }
  if (o.multipleOf !== undefined) checks.push(rows("multipleOf", `multipleOf ${o.multipleOf}`, {kind: "multipleOf", step: o.multipleOf}));
  if (o.minItems !== undefined || o.maxItems !== undefined) {
    checks.push(rows("items", [o.minItems !== undefined && `minItems ${o.minItems}`, o.maxItems !== undefined && `maxItems ${o.maxItems}`].filter(Boolean).join(", "), {kind: "items", min: o.minItems, max: o.maxItems}));
  }
  if (o.uniqueItems) checks.push(rows("uniqueItems", "uniqueItems", {kind: "uniqueItems"}));
  if (o.minProperties !== undefined || o.maxProperties !== undefined) {
    checks.push(rows("fieldCount", [o.minProperties !== undefined && `minProperties ${o.minProperties}`, o.maxProperties !== undefined && `maxProperties ${o.maxProperties}`].filter(Boolean).join(", "), {kind: "fieldCount", min: o.minProperties, max: o.maxProperties}));
  }
  const item = p.items?.logicalType;
  if (p.logicalType === "array" && item && scalarTypes.has(item)) checks.push(rows("itemType", `items logicalType ${item}`, {kind: "itemType", logicalType: item}));
  if (p.items?.properties?.length) {
    const fields = p.items.properties.map((f) => f.name).join(", ");
    checks.push({...base, id: `${at}.itemFields`, rule: "items properties", measure: {kind: "note", message: `the fields of ${p.name}'s items (${fields}) are read, not checked: fslab checks the fields of objects, not of objects inside lists`}, threshold: {}, onViolation: "warn"});
  }
  for (const rule of p.quality) checks.push(ruleCheck(owner, p, rule));
  // The fields of an object property: checked as columns of a flattened view of its STRUCT.
  const root = nested?.root ?? columnOf(p);
  const below = nested ? nested.path : [];
  for (const field of p.logicalType === "object" || p.properties ? p.properties ?? [] : []) {
    const required = field.required || (p.options.requiredProperties?.includes(field.name) ?? false);
    const flat: Property = {...field, name: `${p.name}.${field.name}`, physicalName: `${columnOf(p)}.${columnOf(field)}`, required};
    checks.push(...propertyChecks(owner, flat, false, {root, path: [...below, columnOf(field)]}));
  }
  return checks;
}

function ruleCheck(object: SchemaObject, p: Property | null, rule: QualityRule): CheckSpec {
  const base = {
    id: rule.id, object: object.name, property: p?.name ?? null, column: p ? columnOf(p) : null, threshold: rule.threshold, unit: rule.unit, logicalType: p?.logicalType,
    onViolation: warnSeverities.has((rule.severity ?? "").trim().toLowerCase()) ? "warn" as const : "fail" as const,
  };
  switch (rule.metric) {
    case "rowCount": return {...base, rule: "rowCount", measure: {kind: "rowCount"}};
    case "duplicateValues": {
      const keys = rule.properties?.map((name) => columnOf(object.properties.find((q) => q.name === name) ?? {name})) ?? [columnOf(p!)];
      return {...base, rule: "duplicateValues", measure: {kind: "duplicates", keys}};
    }
    case "nullValues": return {...base, rule: "nullValues", measure: {kind: "rows", test: {kind: "null"}}};
    case "missingValues": return {...base, rule: "missingValues", measure: {kind: "rows", test: {kind: "missing", values: rule.missingValues ?? []}}};
    case "invalidValues": return {...base, rule: "invalidValues", measure: {kind: "rows", test: {kind: "invalid", validValues: rule.validValues, pattern: rule.pattern}}};
    case "expression": return {...base, rule: `expression ${rule.expression}`, measure: {kind: "rows", test: {kind: "expression", sql: rule.expression!}}};
    case "sql": return {...base, rule: `sql ${rule.query!.replace(/\s+/g, " ").trim()}`, measure: {kind: "sql", query: rule.query!}};
  }
}
