import type {ContractNote, Relationship, SchemaObject} from "./contract.js";
import {formatPath, show, type ContractReader, type Path} from "./contractReader.js";
import {isFields, readList} from "./readFields.js";

type Ref = {object: string; property: string};

/**
 * Reads the foreign keys of a contract: `relationships` of a property (`to` only; `from`
 * is the property) and of an object (`from` and `to`, both one reference or both lists of
 * the same length, for a composite key). A reference is ODCS shorthand (`customers.id`,
 * names or physical names) or fully qualified by ids (`schema/customers_tbl/properties/id_prop`).
 * A `from` at property level or `from`/`to` of different shapes is an issue; a reference
 * that does not resolve, to another contract, or a type other than foreignKey is a note.
 *
 * @example parseRelationships(r, [{name: "orders", properties: [{name: "customer_id", relationships: [{to: "customers.id"}]}]}], schema, notes)[0] // => {from: [{object: "orders", property: "customer_id"}], to: [{object: "customers", property: "id"}], path: "schema[0].properties[0].relationships[0]"}
 */
export function parseRelationships(r: ContractReader, raw: unknown[], schema: SchemaObject[], notes: ContractNote[]): Relationship[] {
  const out: Relationship[] = [];
  raw.forEach((object, i) => {
    if (!isFields(object) || typeof object.name !== "string") return;
    const owner = object.name;
    readList(r, object, "properties", ["schema", i]).forEach((property, j) => {
      if (!isFields(property) || typeof property.name !== "string") return;
      readList(r, property, "relationships", ["schema", i, "properties", j]).forEach((item, k) => {
        const path = ["schema", i, "properties", j, "relationships", k];
        if (!isFields(item)) return r.fail(path, `must be a mapping, got ${show(item)}`);
        if (item.from !== undefined) return r.fail([...path, "from"], `a property's relationship takes only "to": "from" is the property itself (${owner}.${property.name as string})`);
        read(r, item, path, owner, property.name as string, schema, notes, out);
      });
    });
    readList(r, object, "relationships", ["schema", i]).forEach((item, k) => {
      const path = ["schema", i, "relationships", k];
      if (!isFields(item)) return r.fail(path, `must be a mapping, got ${show(item)}`);
      if (item.from === undefined) return r.fail(path, `an object's relationship needs "from" and "to" (${owner}.property or a list of them)`);
      read(r, item, path, owner, null, schema, notes, out);
    });
  });
  return out;
}

function read(r: ContractReader, item: Record<string, unknown>, path: Path, owner: string, property: string | null, schema: SchemaObject[], notes: ContractNote[], out: Relationship[]): void {
  const where = formatPath(path);
  const type = item.type ?? "foreignKey";
  if (type !== "foreignKey") {
    notes.push({object: owner, path: where, message: `a relationship of type ${show(type)} is read, not checked (fslab checks foreignKey)`});
    return;
  }
  const shape = (v: unknown) => (typeof v === "string" ? "one" : Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string") ? "list" : "bad");
  const to = item.to;
  const from = property === null ? item.from : `${owner}.${property}`;
  if (to === undefined) return void r.fail(path, `a relationship needs "to" (object.property, or a list of them for a composite key)`);
  if (shape(to) === "bad") return void r.fail([...path, "to"], `must be object.property or a list of them, got ${show(to)}`);
  if (shape(from) === "bad") return void r.fail([...path, "from"], `must be object.property or a list of them, got ${show(from)}`);
  if (property !== null && shape(to) === "list") return void r.fail([...path, "to"], `a property's relationship names one property, got a list`);
  if (shape(from) !== shape(to)) return void r.fail(path, `"from" and "to" must both be one reference or both lists, got ${show(from)} and ${show(to)}`);
  const froms = (Array.isArray(from) ? from : [from]) as string[];
  const tos = (Array.isArray(to) ? to : [to]) as string[];
  if (froms.length !== tos.length) return void r.fail(path, `"from" names ${froms.length} properties and "to" ${tos.length}; a composite key pairs them one to one`);
  const resolved: {from: Ref[]; to: Ref[]} = {from: [], to: []};
  for (const [side, refs] of [["from", froms], ["to", tos]] as const) {
    for (const ref of refs) {
      const found = resolve(ref, schema);
      if (typeof found === "string") {
        notes.push({object: owner, path: where, message: `${found}, so the relationship ${show(froms.join(", "))} → ${show(tos.join(", "))} was not checked`});
        return;
      }
      resolved[side].push(found);
    }
  }
  if (new Set(resolved.from.map((f) => f.object)).size > 1 || new Set(resolved.to.map((t) => t.object)).size > 1) {
    return void r.fail(path, "a composite key's properties must each come from one object on each side");
  }
  out.push({...resolved, path: where});
}

/** A shorthand or fully qualified reference to a declared property, or why it does not resolve. */
function resolve(ref: string, schema: SchemaObject[]): Ref | string {
  if (ref.includes("#") || /^[a-z]+:\/\//i.test(ref)) return `${show(ref)} names another contract, which fslab does not read`;
  const qualified = /^\/?schema\/([^/]+)\/properties\/([^/]+)$/.exec(ref);
  if (qualified) {
    const object = schema.find((o) => o.id === qualified[1]);
    const property = object?.properties.find((p) => p.id === qualified[2]);
    if (!object) return `${show(ref)} names an object with id ${show(qualified[1])}, which the schema does not declare`;
    if (!property) return `${show(ref)} names a property with id ${show(qualified[2])}, which object ${show(object.name)} does not declare`;
    return {object: object.name, property: property.name};
  }
  const dot = ref.indexOf(".");
  if (dot < 0) return `${show(ref)} is not object.property`;
  const [objectName, propertyName] = [ref.slice(0, dot), ref.slice(dot + 1)];
  const object = schema.find((o) => o.name === objectName) ?? schema.find((o) => o.physicalName === objectName);
  if (!object) return `${show(ref)} names object ${show(objectName)}, which the schema does not declare`;
  const property = object.properties.find((p) => p.name === propertyName) ?? object.properties.find((p) => p.physicalName === propertyName);
  if (!property) return `${show(ref)} names property ${show(propertyName)}, which object ${show(object.name)} does not declare`;
  return {object: object.name, property: property.name};
}
