import {logicalTypes, type LogicalTypeOptions, type Property, type QualityRule, type SchemaObject} from "./contract.js";
import {show, type ContractReader, type Path} from "./contractReader.js";
import {parseQualityRule} from "./parseQualityRule.js";
import {temporalBound} from "./temporalBound.js";
import {isFields, readBoolean, readList, readNumber, readOneOf, readPattern, readString, type Fields} from "./readFields.js";

/**
 * Reads one `schema[]` entry: an object (table) with its properties and object-level rules.
 *
 * @example parseSchemaObject(r, {name: "t", properties: [{name: "a", required: true}]}, ["schema", 0])?.properties.map((p) => [p.name, p.required]) // => [["a", true]]
 */
export function parseSchemaObject(r: ContractReader, value: unknown, path: Path): SchemaObject | undefined {
  if (!isFields(value)) return r.fail(path, `must be a mapping, got ${show(value)}`);
  const name = readString(r, value, "name", path, true) ?? `schema[${path[1]}]`;
  const notesBefore = r.notes.length;
  const properties: Property[] = [];
  const seen = new Set<string>();
  readList(r, value, "properties", path).forEach((item, i) => {
    const property = parseProperty(r, item, [...path, "properties", i], name);
    if (!property) return;
    if (seen.has(property.name)) r.fail([...path, "properties", i, "name"], `${show(property.name)} is declared twice`);
    seen.add(property.name);
    properties.push(property);
  });
  const quality = parseRules(r, value, path, "object", name);
  for (const rule of quality) {
    for (const [i, p] of (rule.properties ?? []).entries()) {
      if (!seen.has(p)) r.fail([...path, "quality"], `rule ${show(rule.id)} names property ${show(p)} (arguments.properties[${i}]), which the object does not declare`);
    }
  }
  const physicalName = readString(r, value, "physicalName", path);
  const description = readString(r, value, "description", path);
  const id = readString(r, value, "id", path);
  for (const note of r.notes.slice(notesBefore)) note.object ??= name;
  return {name, ...(id !== undefined && {id}), physicalName, properties, quality, description};
}

function parseProperty(r: ContractReader, value: unknown, path: Path, object: string, itemOf?: string): Property | undefined {
  if (!isFields(value)) return r.fail(path, `must be a mapping, got ${show(value)}`);
  const name = itemOf !== undefined ? readString(r, value, "name", path) ?? `${itemOf}[]` : readString(r, value, "name", path, true);
  if (name === undefined) return undefined;
  const logicalType = readOneOf(r, value, "logicalType", path, logicalTypes);
  const options = parseOptions(r, value, path, logicalType);
  const enumValues = value.enum === undefined ? undefined
    : readList(r, value, "enum", path).map((entry) => (isFields(entry) ? entry.value : entry));
  const id = readString(r, value, "id", path);
  return {
    name,
    ...(id !== undefined && {id}),
    physicalName: readString(r, value, "physicalName", path),
    logicalType,
    physicalType: readString(r, value, "physicalType", path),
    required: readBoolean(r, value, "required", path),
    unique: readBoolean(r, value, "unique", path),
    primaryKey: readBoolean(r, value, "primaryKey", path),
    primaryKeyPosition: readNumber(r, value, "primaryKeyPosition", path) ?? -1,
    options,
    enum: enumValues,
    quality: parseRules(r, value, path, "property", `${object}.${name}`),
    description: readString(r, value, "description", path),
    ...nested(r, value, path, object, name),
  };
}

/** An array's `items` and an object's `properties` (fields of a STRUCT), read as properties. */
function nested(r: ContractReader, value: Fields, path: Path, object: string, name: string): Pick<Property, "items" | "properties"> {
  const out: Pick<Property, "items" | "properties"> = {};
  if (value.items !== undefined && value.items !== null) {
    const items = parseProperty(r, value.items, [...path, "items"], object, name);
    if (items) out.items = items;
  }
  if (value.properties !== undefined && value.properties !== null) {
    const seen = new Set<string>();
    out.properties = [];
    readList(r, value, "properties", path).forEach((item, i) => {
      const field = parseProperty(r, item, [...path, "properties", i], `${object}.${name}`);
      if (!field) return;
      if (seen.has(field.name)) r.fail([...path, "properties", i, "name"], `${show(field.name)} is declared twice`);
      seen.add(field.name);
      out.properties!.push(field);
    });
  }
  return out;
}

function parseRules(r: ContractReader, value: Fields, path: Path, owner: "property" | "object", prefix: string): QualityRule[] {
  const rules: QualityRule[] = [];
  readList(r, value, "quality", path).forEach((item, i) => {
    const metric = isFields(item) ? (item.metric ?? item.rule ?? (item.engine === "fslab" ? "expression" : item.type === "sql" ? "sql" : "rule")) : "rule";
    const rule = parseQualityRule(r, item, [...path, "quality", i], owner, `${prefix}.${String(metric)}`);
    if (rule) rules.push(rule);
  });
  return rules;
}

const numericTypes = new Set(["integer", "number"]);
const temporalTypes = new Set(["date", "timestamp", "time"]);

/**
 * `logicalTypeOptions` by logical type, as ODCS v3.1 lists them: bounds (numbers, or
 * ISO-8601 text for dates, timestamps and times, normalised by temporalBound), lengths,
 * pattern, format, multipleOf, items and property counts. Options of the standard that
 * fslab does not check (timezone, defaultTimezone, a format it does not know) are read
 * silently; keys outside the standard too.
 */
function parseOptions(r: ContractReader, value: Fields, path: Path, logicalType: string | undefined): LogicalTypeOptions {
  const raw = value.logicalTypeOptions;
  if (raw === undefined || raw === null) return {};
  const at = [...path, "logicalTypeOptions"];
  if (!isFields(raw)) return r.fail(at, `must be a mapping, got ${show(raw)}`) ?? {};
  const options: LogicalTypeOptions = {};
  for (const key of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const) {
    const bound = raw[key];
    if (bound === undefined || bound === null) continue;
    if (temporalTypes.has(logicalType ?? "")) {
      const type = logicalType as "date" | "timestamp" | "time";
      const text = temporalBound(bound, type);
      if (text !== undefined) options[key] = text;
      else r.fail([...at, key], `must be an ISO-8601 ${type} such as ${temporalExamples[type]}, got ${show(bound)}`);
    } else if (typeof bound === "number" && Number.isFinite(bound) && (logicalType === undefined || numericTypes.has(logicalType))) {
      options[key] = bound;
    } else {
      r.fail([...at, key], logicalType && !numericTypes.has(logicalType)
        ? `applies to integer, number, date, timestamp and time properties, not ${logicalType}`
        : `must be a number, got ${show(bound)}`);
    }
  }
  for (const key of ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"] as const) {
    const count = readNumber(r, raw, key, at);
    if (count === undefined) continue;
    if (Number.isInteger(count) && count >= 0) options[key] = count;
    else r.fail([...at, key], `must be a whole number ≥ 0, got ${show(count)}`);
  }
  options.pattern = readPattern(r, raw.pattern, [...at, "pattern"]);
  if (options.pattern === undefined) delete options.pattern;
  const format = readString(r, raw, "format", at);
  if (format !== undefined) options.format = format;
  const step = readNumber(r, raw, "multipleOf", at);
  if (step !== undefined) {
    if (step > 0) options.multipleOf = step;
    else r.fail([...at, "multipleOf"], `must be a number > 0, got ${show(step)}`);
  }
  if (raw.uniqueItems !== undefined && raw.uniqueItems !== null) options.uniqueItems = readBoolean(r, raw, "uniqueItems", at);
  if (logicalType === "object" && raw.required !== undefined && raw.required !== null) {
    const names = readList(r, raw, "required", at);
    if (names.every((n) => typeof n === "string")) options.requiredProperties = names as string[];
    else r.fail([...at, "required"], `must be a list of property names, got ${show(raw.required)}`);
  }
  return options;
}

const temporalExamples = {date: "2024-01-31", timestamp: "2024-01-31T12:00:00Z", time: "08:30:00"};
