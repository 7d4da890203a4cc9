import type {ContractNote, Freshness, SchemaObject} from "./contract.js";
import {formatPath, show, type ContractReader, type Path} from "./contractReader.js";
import {isFields, readNumber, readString} from "./readFields.js";

const unitMs: Record<string, number> = {
  s: 1_000, sec: 1_000, second: 1_000, seconds: 1_000,
  m: 60_000, min: 60_000, minute: 60_000, minutes: 60_000,
  h: 3_600_000, hr: 3_600_000, hour: 3_600_000, hours: 3_600_000,
  d: 86_400_000, day: 86_400_000, days: 86_400_000,
};
/** ODCS names freshness `latency` (synonym `ly`); datacontract-cli reads `freshness`. */
const freshnessNames = new Set(["latency", "ly", "freshness"]);

/**
 * Reads the freshness SLAs among `slaProperties`: `{property: latency, value: 1, unit: d,
 * element: transactions.event_timestamp}`. Other SLA properties are kept out of checks.
 * `element` may list several elements separated by commas, and falls back to the
 * (deprecated) `slaDefaultElement`. An element that names an object or property the
 * schema does not declare is not a refusal: it goes to `notes`, which become warnings.
 *
 * @example parseFreshness(r, [{property: "latency", value: 1, unit: "d", element: "t.at"}], ["slaProperties"], schema, notes) // => [{object: "t", property: "at", maxAgeMs: 86400000, text: "1 d"}]
 */
export function parseFreshness(r: ContractReader, list: unknown[], path: Path, schema: SchemaObject[], notes: ContractNote[], defaultElement?: string): Freshness[] {
  const out: Freshness[] = [];
  list.forEach((item, i) => {
    const at = [...path, i];
    if (!isFields(item)) return r.fail(at, `must be a mapping, got ${show(item)}`);
    const property = readString(r, item, "property", at, true);
    if (!property || !freshnessNames.has(property.toLowerCase())) return;
    const value = readNumber(r, item, "value", at);
    const unit = (readString(r, item, "unit", at) ?? "d").toLowerCase();
    const element = readString(r, item, "element", at) ?? defaultElement;
    if (value === undefined || value < 0) return r.fail([...at, "value"], `must be a number ≥ 0, got ${show(item.value)}`);
    if (!(unit in unitMs)) return r.fail([...at, "unit"], `${show(item.unit)} is not one of s, m, h, d`);
    const where = formatPath([...at, "element"]);
    if (element === undefined || element.trim() === "") {
      notes.push({object: null, path: where, message: `the ${property} SLA of ${value} ${unit} names no element (object.property), so it was not checked`});
      return;
    }
    for (const one of element.split(",").map((e) => e.trim()).filter(Boolean)) {
      const target = resolveElement(one, schema);
      if ("problem" in target) notes.push({object: target.object, path: where, message: `${target.problem}, so the ${property} SLA of ${value} ${unit} was not checked`});
      else out.push({...target, maxAgeMs: value * unitMs[unit]!, text: `${value} ${unit}`});
    }
  });
  return out;
}

/** `object.property` (names or physical names), or `property` alone when the contract has one object. */
function resolveElement(element: string, schema: SchemaObject[]): {object: string; property: string} | {object: string | null; problem: string} {
  const dot = element.indexOf(".");
  const objectName = dot < 0 ? (schema.length === 1 ? schema[0]!.name : undefined) : element.slice(0, dot);
  const propertyName = dot < 0 ? element : element.slice(dot + 1);
  if (objectName === undefined) return {object: null, problem: `SLA element ${show(element)} must name object.property when the contract has several objects`};
  const object = schema.find((o) => o.name === objectName) ?? schema.find((o) => o.physicalName === objectName);
  if (!object) return {object: null, problem: `SLA element ${show(element)} names object ${show(objectName)}, which the schema does not declare`};
  const property = object.properties.find((p) => p.name === propertyName) ?? object.properties.find((p) => p.physicalName === propertyName);
  if (!property) return {object: object.name, problem: `SLA element ${show(element)} names property ${show(propertyName)}, which object ${show(object.name)} does not declare`};
  return {object: object.name, property: property.name};
}
