import {dependenciesOf, impactOf, lineageOf, type LineageGraph, type LineageSystem} from "../lineage/index.js";
import {parseTtl, type FeatureRepository, type FeatureView} from "../pit/index.js";
import {featureVersion} from "./featureVersion.js";

/** What the data says about a view, measured elsewhere (viewFreshness or its SQL twin). */
export interface ObservedView {
  /** The newest event_timestamp in the view's source (epoch ms), or null when it is empty. */
  latestEventMs: number | null;
  rows?: number;
}

/** Options of {@link featureCatalog}. */
export interface FeatureCatalogOptions {
  /** What the repository does not say about lineage (see lineageOf); views' own `upstream` fill in what it leaves out. */
  system?: LineageSystem;
  /** Observations of the views' data, by view name. */
  observed?: Readonly<Record<string, ObservedView>>;
  /** The instant (epoch ms) at which staleness is measured; without it staleness is null. */
  asOfMs?: number;
}

/** How fresh a feature is promised to be, and (given data) is. */
export interface CatalogFreshness {
  /** Oldest value the store serves (the view's ttl), or null for no limit. */
  ttlMs: number | null;
  /** As documented: a duration such as "1d", "on_event", or null. */
  updateFrequency: string | null;
  /** The documented update interval in ms; null for on_event or undocumented. */
  updateEveryMs: number | null;
  /** Newest event time in the view's data (epoch ms), when observed. */
  latestEventMs: number | null;
  /** asOfMs − latestEventMs, when both are known. */
  stalenessMs: number | null;
  /** stalenessMs ≤ updateEveryMs, when both are known: is the batch on schedule? */
  withinSla: boolean | null;
}

/** One feature as an API: its contract, documentation, version and neighbours. */
export interface CatalogFeature {
  name: string;
  view: string;
  /** The column a point-in-time join serves it as. */
  servedAs: string;
  description: string | null;
  calculation: string | null;
  dtype: string | null;
  owner: string | null;
  tags: string[];
  version: string;
  entities: string[];
  joinKeys: string[];
  freshness: CatalogFreshness;
  /** Lineage node ids upstream and downstream of its view, nearest first. */
  upstream: string[];
  downstream: string[];
}

/** One feature view with its documentation and lineage. */
export interface CatalogView {
  name: string;
  description: string | null;
  owner: string | null;
  tags: string[];
  entities: string[];
  joinKeys: string[];
  source: string;
  timestampField: string;
  createdTimestampField: string | null;
  ttlMs: number | null;
  rows: number | null;
  latestEventMs: number | null;
  upstream: string[];
  downstream: string[];
  features: CatalogFeature[];
}

/** The feature catalog: everything a consumer needs to find, trust and depend on a feature. */
export interface FeatureCatalog {
  project: string | null;
  description: string | null;
  owner: string | null;
  tags: string[];
  entities: {name: string; joinKeys: string[]; description: string | null; views: string[]}[];
  views: CatalogView[];
  /** Every feature of every view, in repository order. */
  features: CatalogFeature[];
  /** The lineage graph the upstream and downstream lists come from. */
  lineage: LineageGraph;
}

/**
 * The catalog of a feature repository as data: entities, views and features with their
 * documentation, ttl, freshness, owner (the view's, else the repository's), tags (the
 * repository's then the view's), version (featureVersion) and lineage neighbours
 * (lineageOf, dependenciesOf, impactOf). Lists keep repository order.
 *
 * @example
 * featureCatalog(parseFeatureRepository("entities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: v.csv, timestamp_field: t, features: [x]}]")).features[0].downstream
 * // => ["training_set:training_set", "endpoint:endpoint", "model:model"]
 */
export function featureCatalog(repo: FeatureRepository, options: FeatureCatalogOptions = {}): FeatureCatalog {
  const {system = {}, observed = {}, asOfMs} = options;
  const declared = Object.fromEntries(repo.featureViews.flatMap((v) => (v.upstream ? [[v.name, v.upstream]] : [])));
  const lineage = lineageOf(repo, {...system, upstream: {...declared, ...system.upstream}});
  const views = repo.featureViews.map((view) => catalogView(repo, view, lineage, observed[view.name], asOfMs));
  return {
    project: repo.project ?? null,
    description: repo.description ?? null,
    owner: repo.owner ?? null,
    tags: [...(repo.tags ?? [])],
    entities: Object.values(repo.entities).map((e) => ({
      name: e.name, joinKeys: [...e.joinKeys], description: e.description ?? null,
      views: repo.featureViews.filter((v) => v.entities.includes(e.name)).map((v) => v.name),
    })),
    views,
    features: views.flatMap((v) => v.features),
    lineage,
  };
}

function catalogView(repo: FeatureRepository, view: FeatureView, lineage: LineageGraph, seen: ObservedView | undefined, asOfMs: number | undefined): CatalogView {
  const id = `feature_view:${view.name}`;
  const upstream = dependenciesOf(lineage, id), downstream = impactOf(lineage, id);
  const owner = view.owner ?? repo.owner ?? null;
  const tags = [...new Set([...(repo.tags ?? []), ...(view.tags ?? [])])];
  const latestEventMs = seen?.latestEventMs ?? null;
  const stalenessMs = latestEventMs !== null && asOfMs !== undefined ? asOfMs - latestEventMs : null;
  const features = view.features.map((name): CatalogFeature => {
    const doc = view.featureDocs?.[name];
    const updateFrequency = doc?.updateFrequency ?? null;
    const updateEveryMs = updateFrequency === null ? null : parseTtl(updateFrequency) ?? null;
    return {
      name, view: view.name, servedAs: `${view.name}__${name}`,
      description: doc?.description ?? null, calculation: doc?.calculation ?? null, dtype: doc?.dtype ?? null,
      owner, tags, version: featureVersion(view, name),
      entities: [...view.entities], joinKeys: [...view.joinKeys],
      freshness: {
        ttlMs: view.ttlMs ?? null, updateFrequency, updateEveryMs, latestEventMs, stalenessMs,
        withinSla: stalenessMs !== null && updateEveryMs !== null ? stalenessMs <= updateEveryMs : null,
      },
      upstream, downstream,
    };
  });
  return {
    name: view.name, description: view.description ?? null, owner, tags,
    entities: [...view.entities], joinKeys: [...view.joinKeys], source: view.source,
    timestampField: view.timestampField, createdTimestampField: view.createdTimestampField ?? null,
    ttlMs: view.ttlMs ?? null, rows: seen?.rows ?? null, latestEventMs,
    upstream, downstream, features,
  };
}
