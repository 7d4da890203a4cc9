import {stringify} from "yaml";
import {typeCategory} from "./columnTypes.js";
import type {ColumnProfile} from "./profileColumns.js";

export interface InferOptions {
  /** The object's name in the contract, e.g. the file's base name. */
  name: string;
  /** Where the data came from, for the description, e.g. "payments.csv". */
  source?: string;
  /** Text columns with at most this many distinct values (and each seen 5 times on average) get an enum. */
  maxEnum?: number;
}

const logical = {integer: "integer", number: "number", boolean: "boolean", date: "date", timestamp: "timestamp", time: "time", string: "string"} as const;

/**
 * A starter ODCS contract (YAML text) that the profiled data satisfies: each column's
 * logical and physical type; `required` when it has no nulls; `unique` for an integer or
 * text column whose values never repeat; `minimum: 0` for numbers never negative (nor
 * NaN, which breaks any range); an enum
 * for text with few values; and for a column with nulls, a nullValues rule allowing twice
 * the observed share (at least 1%). Review it before relying on it: it states what the
 * data did, not what it must do.
 *
 * @example parseContract(inferContract(profiles, {name: "t"})).ok // => true
 */
export function inferContract(profiles: readonly ColumnProfile[], {name, source, maxEnum = 12}: InferOptions): string {
  const rows = profiles[0]?.rows ?? 0;
  const properties = profiles.map((p) => {
    const category = typeCategory(p.type);
    const property: Record<string, unknown> = {name: p.name};
    if (category !== "other") property.logicalType = logical[category];
    property.physicalType = p.type;
    if (p.nulls === 0 && rows > 0) property.required = true;
    if ((category === "integer" || category === "string") && rows > 1 && p.nulls === 0 && p.distinct === rows) property.unique = true;
    // NaN breaks every range rule, so a column holding NaN gets none.
    if ((category === "integer" || category === "number") && p.min !== null && p.min >= 0 && p.nans === 0) property.logicalTypeOptions = {minimum: 0};
    if (category === "string" && p.values && p.values.length > 0 && p.values.length <= maxEnum && rows - p.nulls >= 5 * p.values.length && !property.unique) property.enum = p.values;
    if (p.nulls > 0) {
      const share = (100 * p.nulls) / rows;
      property.quality = [{metric: "nullValues", mustBeLessOrEqualTo: Math.min(100, Math.max(1, Math.ceil(2 * share))), unit: "percent"}];
    }
    return property;
  });
  const contract = {
    apiVersion: "v3.0.2",
    kind: "DataContract",
    id: `inferred-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "data"}`,
    name,
    version: "0.1.0",
    status: "draft",
    schema: [{
      name,
      physicalType: "table",
      description: `Inferred from ${rows} rows${source ? ` of ${source}` : ""}: what the data did, not yet what it must do. Review every rule.`,
      properties,
      quality: [{id: "has_rows", metric: "rowCount", mustBeGreaterThan: 0}],
    }],
  };
  return stringify(contract, {lineWidth: 0});
}
