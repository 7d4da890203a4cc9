import {fnv1a64} from "../fingerprint/hash64.js";
import {SPEC_VERSION, type PreprocessSpec} from "./preprocessSpec.js";
import {transformKinds} from "./transformFamilies.js";

/**
 * JSON with object keys sorted at every depth: one text per value, whatever the key order.
 *
 * @example canonicalJson({b: 1, a: [2, {d: 3, c: 4}]}) // => '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The fingerprint of a spec: FNV-1a-64 (lib/fingerprint) of the UTF-8 canonical JSON of its
 * version, fitted_on and transforms, as 16 hex digits. Stable across key order and
 * engines; any changed parameter changes it.
 *
 * @example specFingerprint({version: 1, fitted_on: {rows: 0, columns: {}}, transforms: []}) // => "e585fd540ee0ef45"
 */
export function specFingerprint(spec: Pick<PreprocessSpec, "version" | "fitted_on" | "transforms">): string {
  return fnv1a64(new TextEncoder().encode(canonicalJson({version: spec.version, fitted_on: spec.fitted_on, transforms: spec.transforms})));
}

/**
 * A spec as indented JSON text (numbers in JavaScript's shortest round-tripping form).
 *
 * @example specJson(spec).startsWith('{\n  "version": 1,\n  "fitted_on": {') // => true
 */
export function specJson(spec: PreprocessSpec): string {
  return JSON.stringify(spec, null, 2);
}

type Field = "s" | "n" | "s[]" | "n[]" | "n[][]" | "n|null" | "s|null" | "n|s" | "o";
const shared = {column: "s"} as const;
const fields: Record<string, Record<string, Field>> = {
  standard: {...shared, output: "s", mean: "n", std: "n"},
  minmax: {...shared, output: "s", min: "n", max: "n"},
  robust: {...shared, output: "s", median: "n", iqr: "n"},
  onehot: {...shared, categories: "s[]", infrequent: "s[]", min_frequency: "n|null"},
  ordinal: {...shared, output: "s", categories: "s[]"},
  target: {...shared, target: "s", output: "s", smoothing: "n", prior: "n", categories: "s[]", encodings: "n[]", folds: "o"},
  impute: {...shared, output: "s", strategy: "s", value: "n|s", indicator: "s|null"},
  clip: {...shared, output: "s", method: "o", lower: "n", upper: "n"},
  window: {...shared, key: "s", time: "s", output: "s", window_ms: "n", agg: "s"},
};
const folds: Record<string, Field> = {k: "n", seed: "n", priors: "n[]", encodings: "n[][]"};

/**
 * Parses and checks a spec's JSON text: it must be JSON, version 1, every transform of a
 * known kind with its fields of the right types, and the fingerprint must match the content.
 * Errors say what is wrong and where.
 *
 * @example parseSpec("{}") // throws TypeError: parseSpec: unknown spec version undefined (this code reads version 1)
 */
export function parseSpec(text: string): PreprocessSpec {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`parseSpec: the spec is not valid JSON (${(error as Error).message})`);
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) throw new TypeError(`parseSpec: the spec must be a JSON object, got ${Array.isArray(doc) ? "an array" : JSON.stringify(doc)}`);
  const spec = doc as Record<string, unknown>;
  if (spec.version !== SPEC_VERSION) throw new TypeError(`parseSpec: unknown spec version ${JSON.stringify(spec.version)} (this code reads version ${SPEC_VERSION})`);
  const fittedOn = spec.fitted_on as Record<string, unknown> | undefined;
  if (!fittedOn || typeof fittedOn.rows !== "number" || !fittedOn.columns || typeof fittedOn.columns !== "object") throw new TypeError(`parseSpec: fitted_on must be {rows: number, columns: {name: kind}}, got ${JSON.stringify(fittedOn)}`);
  for (const [name, kind] of Object.entries(fittedOn.columns)) {
    if (!["numeric", "text", "timestamp"].includes(kind as string)) throw new TypeError(`parseSpec: fitted_on column ${JSON.stringify(name)} has kind ${JSON.stringify(kind)}, expected numeric, text or timestamp`);
  }
  if (!Array.isArray(spec.transforms)) throw new TypeError(`parseSpec: transforms must be an array, got ${JSON.stringify(spec.transforms)}`);
  spec.transforms.forEach((t: unknown, i) => {
    const where = `transform ${i}`;
    if (t === null || typeof t !== "object") throw new TypeError(`parseSpec: ${where} must be an object, got ${JSON.stringify(t)}`);
    const kind = (t as {kind?: unknown}).kind;
    if (typeof kind !== "string" || !transformKinds.includes(kind as never)) throw new TypeError(`parseSpec: ${where} has unknown kind ${JSON.stringify(kind)} (known: ${transformKinds.join(", ")})`);
    checkFields(t as Record<string, unknown>, fields[kind]!, `${where} (${kind})`);
    if (kind === "target") checkFields((t as {folds: Record<string, unknown>}).folds, folds, `${where} (target) folds`);
    checkChoices(t as Record<string, unknown>, `${where} (${kind})`);
  });
  if (typeof spec.fingerprint !== "string") throw new TypeError(`parseSpec: fingerprint must be a string, got ${JSON.stringify(spec.fingerprint)}`);
  const want = specFingerprint(spec as unknown as PreprocessSpec);
  if (spec.fingerprint !== want) throw new TypeError(`parseSpec: fingerprint ${spec.fingerprint} does not match the spec's content (${want}): the spec was edited after fitting`);
  return spec as unknown as PreprocessSpec;
}

const choices: Record<string, readonly string[]> = {strategy: ["mean", "median", "most_frequent", "constant"], agg: ["sum", "count", "mean"]};

// Enumerations and the clip method's two shapes.
function checkChoices(t: Record<string, unknown>, where: string): void {
  for (const [name, allowed] of Object.entries(choices)) {
    if (name in t && !allowed.includes(t[name] as string)) throw new TypeError(`parseSpec: ${where} field ${JSON.stringify(name)} must be one of ${allowed.join(", ")}, got ${JSON.stringify(t[name])}`);
  }
  if (t.kind === "clip") {
    const m = t.method as Record<string, unknown>;
    const ok = Object.keys(m).length === 1 && (fits(m.iqr, "n") || (fits(m.quantiles, "n[]") && (m.quantiles as number[]).length === 2));
    if (!ok) throw new TypeError(`parseSpec: ${where} field "method" must be {quantiles: [lo, hi]} or {iqr: k}, got ${JSON.stringify(m)}`);
  }
}

function checkFields(object: Record<string, unknown>, schema: Record<string, Field>, where: string): void {
  if (object === null || typeof object !== "object") throw new TypeError(`parseSpec: ${where} must be an object, got ${JSON.stringify(object)}`);
  for (const [name, type] of Object.entries(schema)) {
    const v = object[name];
    if (!fits(v, type)) throw new TypeError(`parseSpec: ${where} field ${JSON.stringify(name)} must be ${type.replace("s", "string").replace("n", "number").replace("o", "object")}, got ${JSON.stringify(v)}`);
  }
}

function fits(v: unknown, type: Field): boolean {
  const num = (x: unknown) => typeof x === "number" && Number.isFinite(x);
  switch (type) {
    case "s": return typeof v === "string";
    case "n": return num(v);
    case "s[]": return Array.isArray(v) && v.every((x) => typeof x === "string");
    case "n[]": return Array.isArray(v) && v.every(num);
    case "n[][]": return Array.isArray(v) && v.every((row) => Array.isArray(row) && row.every(num));
    case "n|null": return v === null || num(v);
    case "s|null": return v === null || typeof v === "string";
    case "n|s": return num(v) || typeof v === "string";
    case "o": return v !== null && typeof v === "object" && !Array.isArray(v);
  }
}
