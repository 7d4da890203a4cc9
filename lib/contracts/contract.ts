/**
 * The subset of the Open Data Contract Standard (ODCS v3) that fslab reads and checks.
 * https://bitol-io.github.io/open-data-contract-standard/latest/
 *
 * A contract names one or more objects (tables); each has properties (columns) with a
 * logical type, `required`, `unique`, `primaryKey`, value constraints in
 * `logicalTypeOptions`, and quality rules. `slaProperties` carry freshness.
 */

/** ODCS logical types. `object`, `array` and `map` are accepted but not type-checked. */
export const logicalTypes = [
  "string", "integer", "number", "boolean", "date", "timestamp", "time", "object", "array", "map",
] as const;
export type LogicalType = (typeof logicalTypes)[number];

/** ODCS comparison operators of a quality rule, in the standard's order. */
export const operators = [
  "mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo",
  "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween",
] as const;
export type Operator = (typeof operators)[number];

/**
 * The bounds a metric must satisfy: one entry per operator the rule states; all must hold.
 * `mustBeBetween: [a, b]` is inclusive at both ends, as datacontract-cli and Soda read it.
 */
export type Threshold = Partial<Record<Operator, number | [number, number]>>;

/** ODCS library metrics. */
export const metrics = ["nullValues", "missingValues", "invalidValues", "duplicateValues", "rowCount"] as const;
export type Metric = (typeof metrics)[number];

/** A count is compared in rows (the default) or as a percent (0–100) of all rows. */
export type Unit = "rows" | "percent";

/** A library metric rule (`metric: nullValues`, ...) or a row-level SQL expression rule. */
export interface QualityRule {
  /** The rule's `id`, or one derived from its place in the contract. */
  id: string;
  /** A library metric, or "expression" for `type: custom, engine: fslab`. */
  metric: Metric | "expression";
  threshold: Threshold;
  unit: Unit;
  /** ODCS `severity`; info, warning, warn, low, minor and trivial turn a failure into a warning. */
  severity?: string;
  description?: string;
  /** missingValues: values counted as missing besides null. */
  missingValues?: unknown[];
  /** invalidValues: the allowed values. */
  validValues?: unknown[];
  /** invalidValues: a regular expression a valid value matches (unanchored, as RE2/ECMA `test`). */
  pattern?: string;
  /** Object-level duplicateValues: the properties that together must be unique. */
  properties?: string[];
  /**
   * expression: a SQL boolean expression every row must satisfy, e.g.
   * `created_timestamp >= event_timestamp`. TRUSTED: it is the contract author's SQL and
   * is spliced into the query as written; rows where it is FALSE count as violations,
   * rows where it is NULL pass (as in a SQL CHECK constraint).
   */
  expression?: string;
}

/** Value constraints ODCS keeps in `logicalTypeOptions`. */
export interface LogicalTypeOptions {
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface Property {
  name: string;
  logicalType?: LogicalType;
  physicalType?: string;
  required: boolean;
  unique: boolean;
  primaryKey: boolean;
  /** ODCS `primaryKeyPosition` (1-based), or -1 when not given. */
  primaryKeyPosition: number;
  options: LogicalTypeOptions;
  /** ODCS `enum`: the allowed values (entries `{value}` or plain scalars). */
  enum?: unknown[];
  quality: QualityRule[];
  description?: string;
}

export interface SchemaObject {
  name: string;
  physicalName?: string;
  properties: Property[];
  quality: QualityRule[];
  description?: string;
}

/** An SLA on how old the newest value of `object.property` may be at check time. */
export interface Freshness {
  object: string;
  property: string;
  /** The greatest allowed age, in milliseconds. */
  maxAgeMs: number;
  /** The limit as the contract wrote it, e.g. "1 d". */
  text: string;
}

export interface Contract {
  apiVersion: string;
  kind: "DataContract";
  id: string;
  version: string;
  status: string;
  name?: string;
  schema: SchemaObject[];
  freshness: Freshness[];
}
