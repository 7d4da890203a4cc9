import type {Table} from "apache-arrow";
import type {PreprocessColumn} from "./preprocessColumns.js";
import {SPEC_VERSION, type InputKind, type PreprocessSpec, type PreprocessStep, type Transform} from "./preprocessSpec.js";
import {tableColumnKind, tableSource} from "./specColumns.js";
import {specFingerprint} from "./specJson.js";
import {transformFamily} from "./transformFamilies.js";

/**
 * Fits preprocessing steps on a training table, in order (a step may read an earlier step's
 * output: impute, then scale), and returns the versioned, fingerprinted JSON spec.
 * Later steps are fitted on the training outputs of earlier ones (target encoding out-of-fold).
 *
 * @example fitPreprocess(tableFromArrays({x: Float64Array.of(0, 10)}), [{kind: "minmax", column: "x"}]).transforms // => [{kind: "minmax", column: "x", output: "x", min: 0, max: 10}]
 */
export function fitPreprocess(table: Table, steps: readonly PreprocessStep[]): PreprocessSpec {
  if (!Array.isArray(steps) || steps.length === 0) throw new TypeError(`fitPreprocess requires at least one step, got ${JSON.stringify(steps)}`);
  const produced = new Map<string, PreprocessColumn>();
  const source = tableSource(table, "fitPreprocess", true, produced);
  const columns: Record<string, InputKind> = {};
  const transforms: Transform[] = [];
  for (const step of steps) {
    const family = transformFamily(step?.kind, "fitPreprocess");
    for (const [name] of family.inputs(step)) if (!produced.has(name)) columns[name] = tableColumnKind(table, name, "fitPreprocess");
    const transform = family.fit(step, source);
    requireFinite(transform, transform);
    for (const [name, column] of family.apply(transform, source)) produced.set(name, column);
    transforms.push(transform);
  }
  const body = {version: SPEC_VERSION, fitted_on: {rows: table.numRows, columns}, transforms};
  return {...body, fingerprint: specFingerprint(body)};
}

// JSON has no Infinity or NaN: a parameter fitted on infinite training values could not be written.
function requireFinite(value: unknown, transform: Transform): void {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new RangeError(`fitPreprocess: ${transform.kind} on column ${JSON.stringify(transform.column)} fitted a parameter of ${value}: the training values must be finite`);
  }
  if (value !== null && typeof value === "object") for (const v of Object.values(value)) requireFinite(v, transform);
}
