import type {Contract, ContractNote, SchemaObject} from "./contract.js";
import {ContractReader, show, type ContractIssue} from "./contractReader.js";
import {parseFreshness} from "./parseFreshness.js";
import {parseRelationships} from "./parseRelationships.js";
import {parseSchemaObject} from "./parseSchemaObject.js";
import {isFields, readList, readString} from "./readFields.js";

export type ParsedContract = {ok: true; contract: Contract} | {ok: false; issues: ContractIssue[]};

/**
 * Parses an ODCS v3 data contract (the subset in contract.ts) from YAML text. Problems
 * come back as data, each located by line and field, never as an exception:
 * `txn.v1.yaml:14: schema[0].properties[3].logicalType: "integr" is not one of string, ...`.
 * Sections fslab does not act on (servers, roles, team, support, price, stakeholders,
 * authoritativeDefinitions, customProperties, tags, ...) are read silently; an SLA element
 * that does not resolve becomes a note (a warning when checked). A contract whose schema
 * gives nothing to check (no object, or no object with a property or a rule) is refused in
 * one line that names what it does have.
 *
 * @example parseContract("kind: DataContract", "c.yaml").ok // => false
 */
export function parseContract(text: string, source = "contract.yaml"): ParsedContract {
  if (typeof text !== "string") throw new TypeError(`parseContract requires YAML text, got ${typeof text}`);
  const r = new ContractReader(text, source);
  if (r.issues.length) return {ok: false, issues: r.issues};
  const root = r.value;
  if (!isFields(root)) {
    const got = root === null || root === undefined ? "the file is empty" : `got ${Array.isArray(root) ? "a list" : "a single value"}, ${show(root)}`;
    r.fail([], `a contract is a YAML mapping of apiVersion, kind, id, version, status and schema; ${got}`);
    return {ok: false, issues: r.issues};
  }

  const apiVersion = readString(r, root, "apiVersion", [], true);
  if (apiVersion !== undefined && !/^v3\.\d+\.\d+$/.test(apiVersion)) r.fail(["apiVersion"], `${show(apiVersion)} is not an ODCS v3 version such as v3.0.2`);
  const kind = readString(r, root, "kind", [], true);
  if (kind !== undefined && kind !== "DataContract") r.fail(["kind"], `${show(kind)} is not DataContract`);
  const id = readString(r, root, "id", [], true);
  const version = readString(r, root, "version", [], true);
  const status = readString(r, root, "status", [], true);
  const name = readString(r, root, "name", []);

  const schema: SchemaObject[] = [];
  const objects = readList(r, root, "schema", []);
  if (objects.length === 0 && (root.schema === undefined || Array.isArray(root.schema))) {
    r.fail(root.schema === undefined ? [] : ["schema"], `nothing to check: the contract declares no schema objects (${sections(root, [...contractKeys, "schema"], "it has")})`);
  }
  objects.forEach((item, i) => {
    const object = parseSchemaObject(r, item, ["schema", i]);
    if (object) schema.push(object);
  });
  if (schema.length && schema.every((o) => o.properties.length === 0 && o.quality.length === 0) && !r.issues.length) {
    const what = objects.map((o) => (isFields(o) ? `object ${show(o.name)} has ${sections(o, ["name"], "")}` : "")).filter(Boolean).join("; ");
    r.fail(["schema"], `nothing to check: no schema object declares a property or a quality rule fslab runs (${what}; the contract ${sections(root, [...contractKeys, "schema"], "has")})`);
  }
  const notes: ContractNote[] = [...r.notes];
  const freshness = parseFreshness(r, readList(r, root, "slaProperties", []), ["slaProperties"], schema, notes, readString(r, root, "slaDefaultElement", []));
  const relationships = parseRelationships(r, objects, schema, notes);
  uniqueRuleIds(schema);

  if (r.issues.length) return {ok: false, issues: r.issues};
  return {ok: true, contract: {apiVersion: apiVersion!, kind: "DataContract", id: id!, version: version!, status: status!, name, schema, freshness, relationships, notes}};
}

const contractKeys = ["apiVersion", "kind", "id", "version", "status", "name"];

/** The keys of a mapping other than `except`, for a message: "it has servers, team" or "it has nothing else". */
function sections(fields: Record<string, unknown>, except: readonly string[], lead: string): string {
  const keys = Object.keys(fields).filter((k) => !except.includes(k));
  const text = keys.length ? keys.join(", ") : "nothing else";
  return lead ? `${lead} ${text}` : (keys.length ? text : "nothing but a name");
}

/** Rule ids name results, so a repeated id gets a suffix: `t.amount.nullValues#2`. */
function uniqueRuleIds(schema: SchemaObject[]): void {
  const seen = new Map<string, number>();
  for (const rules of schema.flatMap((o) => [...o.properties.map((p) => p.quality), o.quality])) {
    for (const rule of rules) {
      const n = (seen.get(rule.id) ?? 0) + 1;
      seen.set(rule.id, n);
      if (n > 1) rule.id = `${rule.id}#${n}`;
    }
  }
}
