/**
 * The part of the Open Data Contract Standard (ODCS v3, v3.0.x and v3.1) that fslab reads and checks.
 * https://bitol-io.github.io/open-data-contract-standard/latest/
 *
 * Checked: objects (tables, by name or physicalName) and their properties (columns, by
 * physicalName when given): presence, logical type (string, integer, number, boolean,
 * date, timestamp, time; object fields in STRUCT columns; array items in LIST columns),
 * physicalType (a mismatch of type family is schema drift, a warning), required, unique,
 * primary keys (composite too), logicalTypeOptions (bounds per type, lengths, pattern,
 * formats, multipleOf, item counts and uniqueness, an object's required fields and its
 * minProperties/maxProperties), enum;
 * quality rules: the library metrics (nullValues, missingValues, invalidValues,
 * duplicateValues, rowCount), `type: sql` rules and fslab expression rules; freshness
 * (slaProperties latency); relationships (foreign keys, composite too) between objects
 * checked together.
 *
 * Read, not acted on: servers, roles, team, support, price, stakeholders, description,
 * authoritativeDefinitions, customProperties, tags, businessName, classification,
 * examples, partitioning, transform*, other SLA properties, `type: text` rules, custom
 * rules of other engines, timezone options, fields of objects inside arrays, string formats
 * other than email, uuid, ipv4, ipv6, uri, hostname. References that do not resolve (an SLA
 * element, a relationship to another contract) are warnings.
 */

/**
 * ODCS logical types (v3.1: string, date, timestamp, time, number, integer, object, array,
 * boolean; `map` is kept from earlier fslab contracts). `object` and `array` are checked
 * where the data holds them as STRUCT and LIST (see contractChecks).
 */
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

/** A library metric rule (`metric: nullValues`, ...), a row-level SQL expression rule or a `type: sql` rule. */
export interface QualityRule {
  /** The rule's `id`, or one derived from its place in the contract. */
  id: string;
  /** A library metric, "expression" for `type: custom, engine: fslab`, or "sql" for `type: sql`. */
  metric: Metric | "expression" | "sql";
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
  /**
   * sql: ODCS `query`, a query returning ONE value (one row, one column) compared with the
   * threshold. TRUSTED as `expression` is: the contract author's SQL, run as written after
   * `{object}` / `{property}` (also `${table}`, `${column}`, ...) are replaced by the quoted
   * table and column names.
   */
  query?: string;
}

/**
 * Value constraints ODCS keeps in `logicalTypeOptions`. Bounds are numbers for integer and
 * number properties and ISO-8601 text for date ("2024-01-31"), timestamp (UTC,
 * "2024-01-31 12:00:00") and time ("08:30:00") ones, normalised when read.
 */
export interface LogicalTypeOptions {
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** string: email, uuid, uri, hostname, ipv4, ipv6 (checked), others read only; date/timestamp/time: a JDK DateTimeFormatter pattern; integer: i8…u128 (a range); number: f32/f64. */
  format?: string;
  /** integer, number: every value is a whole multiple of it. */
  multipleOf?: number;
  /** array: bounds on the number of items, and whether items repeat. */
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** object: bounds on the number of present fields (non-null in a STRUCT, entries of a MAP), and the fields that must be present. */
  minProperties?: number;
  maxProperties?: number;
  requiredProperties?: string[];
}

export interface Property {
  name: string;
  /** ODCS `id`: a stable name for fully qualified references (`schema/orders_tbl/properties/id_prop`). */
  id?: string;
  /** ODCS `physicalName`: the column the data holds it in, when not `name`. */
  physicalName?: string;
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
  /** array: what each item is. */
  items?: Property;
  /** object: its fields (checked in a STRUCT column). */
  properties?: Property[];
}

export interface SchemaObject {
  name: string;
  /** ODCS `id`, for fully qualified references. */
  id?: string;
  /** ODCS `physicalName`: the table the data holds it in, when not `name`. */
  physicalName?: string;
  properties: Property[];
  quality: QualityRule[];
  description?: string;
}

/** A foreign key: every non-null `from` key (one property or several) must occur among the `to` keys. */
export interface Relationship {
  from: {object: string; property: string}[];
  to: {object: string; property: string}[];
  /** Where the contract states it, e.g. `schema[1].properties[2].relationships[0]`. */
  path: string;
}

/** A reference in the contract that does not resolve (an SLA element naming an undeclared column): reported as a warning, not a refusal. */
export interface ContractNote {
  /** The object it concerns, or null when it names none the contract declares. */
  object: string | null;
  /** Where the contract states it, e.g. `slaProperties[0].element`. */
  path: string;
  message: string;
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
  /** Foreign keys, from property-level and object-level `relationships`. */
  relationships: Relationship[];
  /** References that did not resolve; each becomes a `warn` check. */
  notes: ContractNote[];
}
