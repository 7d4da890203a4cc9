import {fnv1a64} from "../fingerprint/index.js";
import type {FeatureView} from "../pit/index.js";

/**
 * What a feature's values depend on, and nothing else: the view it is served from (its
 * name prefixes the served column, `<view>__<feature>`), the source, the join keys, the
 * timestamp fields, the ttl in milliseconds, the feature's name (the source column), its
 * calculation (whitespace runs read as one space) and dtype. Documentation (description,
 * owner, tags, update frequency), entity names and how the YAML is written are left out.
 */
export interface FeatureDefinition {
  view: string;
  feature: string;
  source: string;
  joinKeys: string[];
  timestampField: string;
  createdTimestampField: string | null;
  ttlMs: number | null;
  calculation: string | null;
  dtype: string | null;
}

/**
 * The definition of `feature` in `view`, in a fixed key order (the input of featureVersion).
 * Throws when the view does not list the feature.
 *
 * @example
 * featureDefinition({name: "v", entities: ["c"], joinKeys: ["id"], source: "v.csv", timestampField: "t", features: ["x"]}, "x").ttlMs // => null
 */
export function featureDefinition(view: FeatureView, feature: string): FeatureDefinition {
  if (!view.features.includes(feature)) {
    throw new RangeError(`featureDefinition requires a feature of view ${JSON.stringify(view.name)} (${view.features.join(", ")}), got ${JSON.stringify(feature)}`);
  }
  const doc = view.featureDocs?.[feature];
  return {
    view: view.name,
    feature,
    source: view.source,
    joinKeys: [...view.joinKeys],
    timestampField: view.timestampField,
    createdTimestampField: view.createdTimestampField ?? null,
    ttlMs: view.ttlMs ?? null,
    calculation: doc ? doc.calculation.trim().replace(/\s+/g, " ") : null,
    dtype: doc?.dtype ?? null,
  };
}

/**
 * A feature's version: the FNV-1a-64 digest (16 hex digits, lib/fingerprint's hash) of the
 * JSON of its featureDefinition. It changes when the source, keys, timestamp fields, ttl,
 * calculation or dtype change, and stays when only documentation or formatting does
 * (`ttl: 30d` and `ttl: 720h` are the same version).
 *
 * @example
 * featureVersion({name: "v", entities: ["c"], joinKeys: ["id"], source: "v.csv", timestampField: "t", features: ["x"]}, "x") // => "418bc4e2f331a1e9"
 */
export function featureVersion(view: FeatureView, feature: string): string {
  return fnv1a64(new TextEncoder().encode(JSON.stringify(featureDefinition(view, feature))));
}
