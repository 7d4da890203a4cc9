import type {FeatureDtype, FeatureRepository, FeatureView} from "../pit/index.js";

/** A change to one feature view: definitional (ttl, source, a calculation, a dtype) or documentation only. */
export interface ViewChange {
  /** The new ttl in ms; null removes it. */
  ttlMs?: number | null;
  source?: string;
  /** A feature's new calculation. */
  calculation?: {feature: string; text: string};
  /** A feature's new dtype. */
  dtype?: {feature: string; dtype: FeatureDtype};
  description?: string;
  owner?: string;
}

/**
 * The repository with `change` applied to view `viewName` (a new repository; the input is
 * not modified): what a pull request to features.yaml would do, for comparing versions
 * (featureCatalog, versionChanges) before and after. Throws on an unknown view or feature.
 *
 * @example changeFeatureView(parseFeatureRepository("entities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: v.csv, timestamp_field: t, ttl: 7d, features: [x]}]"), "v", {ttlMs: null}).featureViews[0].ttlMs // => undefined
 */
export function changeFeatureView(repo: FeatureRepository, viewName: string, change: ViewChange): FeatureRepository {
  const index = repo.featureViews.findIndex((v) => v.name === viewName);
  if (index < 0) throw new RangeError(`changeFeatureView requires a view of the repository (${repo.featureViews.map((v) => v.name).join(", ")}), got ${JSON.stringify(viewName)}`);
  const view = repo.featureViews[index]!;
  const {ttlMs: _, ...rest} = view;
  let next: FeatureView = change.ttlMs === undefined ? view : change.ttlMs === null ? rest : {...view, ttlMs: change.ttlMs};
  if (change.source !== undefined) next = {...next, source: change.source};
  if (change.description !== undefined) next = {...next, description: change.description};
  if (change.owner !== undefined) next = {...next, owner: change.owner};
  for (const [feature, patch] of [
    [change.calculation?.feature, change.calculation && {calculation: change.calculation.text}],
    [change.dtype?.feature, change.dtype && {dtype: change.dtype.dtype}],
  ] as const) {
    if (feature === undefined || !patch) continue;
    if (!view.features.includes(feature)) throw new RangeError(`changeFeatureView requires a feature of view ${JSON.stringify(viewName)} (${view.features.join(", ")}), got ${JSON.stringify(feature)}`);
    const doc = next.featureDocs?.[feature] ?? {description: "", calculation: ""};
    next = {...next, featureDocs: {...next.featureDocs, [feature]: {...doc, ...patch}}};
  }
  return {...repo, featureViews: repo.featureViews.map((v, i) => (i === index ? next : v))};
}
