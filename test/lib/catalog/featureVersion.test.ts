import fc from "fast-check";
import {Document, isMap, isSeq, visit} from "yaml";
import {describe, expect, it} from "vitest";
import {featureDefinition, featureVersion} from "../../../lib/catalog/index.js";
import {parseFeatureRepository, type FeatureRepository} from "../../../lib/pit/index.js";

// A repository as plain data: one entity, one view, documented features.
interface Spec {
  view: string;
  source: string;
  keys: string[];
  timestamp: string;
  created: string | null;
  ttlDays: number | null;
  features: {name: string; calculation: string; dtype: string | null; description: string}[];
  owner: string;
  tags: string[];
}

const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
const text = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ()+*]{0,20}[A-Za-z0-9)]$/);
const dtype = fc.constantFrom(null, "int32", "float64", "string");
const spec: fc.Arbitrary<Spec> = fc.record({
  view: name,
  source: name.map((n) => `${n}.parquet`),
  keys: fc.uniqueArray(name.map((n) => `k_${n}`), {minLength: 1, maxLength: 2}),
  timestamp: fc.constant("event_timestamp"),
  created: fc.constantFrom(null, "created_timestamp"),
  ttlDays: fc.option(fc.integer({min: 1, max: 400}), {nil: null}),
  features: fc.uniqueArray(fc.record({name: name.map((n) => `f_${n}`), calculation: text, dtype, description: text}), {minLength: 1, maxLength: 4, selector: (f) => f.name}),
  owner: name,
  tags: fc.array(name, {maxLength: 3}),
});

/** Writes the spec as features.yaml; `style` picks the cosmetic choices. */
function yamlOf(s: Spec, style: {reverseKeys: boolean; flow: boolean; comment: boolean; ttlInHours: boolean; padCalculation: boolean}): string {
  const order = <T extends object>(o: T): T => (style.reverseKeys ? Object.fromEntries(Object.entries(o).reverse()) as T : o);
  const view = order({
    name: s.view, description: `view ${s.view}`, owner: s.owner, tags: s.tags,
    entities: ["e"], source: s.source, timestamp_field: s.timestamp,
    ...(s.created ? {created_timestamp_field: s.created} : {}),
    ...(s.ttlDays ? {ttl: style.ttlInHours ? `${24 * s.ttlDays}h` : `${s.ttlDays}d`} : {}),
    features: s.features.map((f) => order({
      name: f.name, description: f.description,
      calculation: style.padCalculation ? `  ${f.calculation.replace(/ /g, "  \n ")}  ` : f.calculation,
      ...(f.dtype ? {dtype: f.dtype} : {}),
    })),
  });
  const doc = new Document(order({owner: s.owner, entities: {e: {join_keys: s.keys}}, feature_views: [view]}));
  visit(doc, {Seq: (_, node) => void (node.flow = style.flow && node.items.every((i) => !isMap(i) && !isSeq(i)))});
  if (style.comment) doc.commentBefore = " a comment";
  return doc.toString();
}

const plain = {reverseKeys: false, flow: false, comment: false, ttlInHours: false, padCalculation: false};
const versions = (repo: FeatureRepository) => repo.featureViews.flatMap((v) => v.features.map((f) => featureVersion(v, f)));
const styles = fc.record({reverseKeys: fc.boolean(), flow: fc.boolean(), comment: fc.boolean(), ttlInHours: fc.boolean(), padCalculation: fc.boolean()});

// Each definitional edit of a spec: [what, edit].
const edits: [string, (s: Spec) => Spec][] = [
  ["source", (s) => ({...s, source: `v2_${s.source}`})],
  ["view name", (s) => ({...s, view: `${s.view}_v2`})],
  ["join keys", (s) => ({...s, keys: [...s.keys, "k_extra_key"]})],
  ["timestamp field", (s) => ({...s, timestamp: "event_time"})],
  ["created timestamp field", (s) => ({...s, created: s.created ? null : "created_timestamp"})],
  ["ttl", (s) => ({...s, ttlDays: s.ttlDays === null ? 30 : s.ttlDays + 1})],
  ["calculation", (s) => ({...s, features: s.features.map((f) => ({...f, calculation: `${f.calculation} + 1`}))})],
  ["dtype", (s) => ({...s, features: s.features.map((f) => ({...f, dtype: f.dtype === "int64" ? "float32" : "int64"}))})],
];

describe("featureVersion", () => {
  it("featureVersion(view, feature) is 16 hex digits and differs between features of a view", () => {
    const repo = parseFeatureRepository("entities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: v.csv, timestamp_field: t, features: [x, y]}]\n");
    const [x, y] = versions(repo);
    expect(x).toMatch(/^[0-9a-f]{16}$/);
    expect(x).not.toBe(y);
  });

  it("featureVersion keeps its value under cosmetic edits: documentation, key order, flow style, comments, ttl units, calculation whitespace (property)", () => {
    fc.assert(fc.property(spec, styles, text, (s, style, description) => {
      const before = versions(parseFeatureRepository(yamlOf(s, plain)));
      const redocumented = {...s, owner: `${s.owner}_team`, tags: [...s.tags, "new_tag"], features: s.features.map((f) => ({...f, description}))};
      expect(versions(parseFeatureRepository(yamlOf(redocumented, style)))).toEqual(before);
    }), {numRuns: 200});
  });

  for (const [what, edit] of edits) {
    it(`featureVersion changes for every feature when the ${what} changes (property)`, () => {
      fc.assert(fc.property(spec, styles, (s, style) => {
        const before = versions(parseFeatureRepository(yamlOf(s, plain)));
        const after = versions(parseFeatureRepository(yamlOf(edit(s), style)));
        after.forEach((version, i) => expect(version).not.toBe(before[i]));
      }), {numRuns: 100});
    });
  }

  it("featureVersion of one feature changes only with its own calculation (property)", () => {
    fc.assert(fc.property(spec.filter((s) => s.features.length > 1), (s) => {
      const before = versions(parseFeatureRepository(yamlOf(s, plain)));
      const edited = {...s, features: s.features.map((f, i) => (i === 0 ? {...f, calculation: `${f.calculation} * 2`} : f))};
      const after = versions(parseFeatureRepository(yamlOf(edited, plain)));
      expect(after[0]).not.toBe(before[0]);
      expect(after.slice(1)).toEqual(before.slice(1));
    }), {numRuns: 100});
  });

  it("featureDefinition(view, feature) of an unlisted feature throws, naming the view and the feature", () => {
    const [view] = parseFeatureRepository("entities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: v.csv, timestamp_field: t, features: [x]}]\n").featureViews;
    expect(() => featureDefinition(view!, "z")).toThrow('featureDefinition requires a feature of view "v" (x), got "z"');
  });
});
