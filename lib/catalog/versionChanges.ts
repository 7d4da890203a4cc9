import type {FeatureCatalog} from "./featureCatalog.js";

/** How one feature's version moved between two catalogs. */
export interface VersionChange {
  view: string;
  feature: string;
  before: string | null;
  after: string | null;
  change: "same" | "changed" | "added" | "removed";
  /** Who depends on it (lineage ids downstream of its view, from the catalog that has it, `after` first). */
  consumers: string[];
}

/**
 * Every feature of either catalog (`before`'s order, then what `after` adds), matched by
 * view and name, with its version before and after. A feature whose view is renamed is
 * removed and added: its served column changes name.
 *
 * @example
 * const c = (version) => ({features: [{view: "v", name: "x", version, downstream: ["model:m"]}]});
 * versionChanges(c("a1"), c("b2"))[0].change // => "changed"
 */
export function versionChanges(before: Pick<FeatureCatalog, "features">, after: Pick<FeatureCatalog, "features">): VersionChange[] {
  const key = (f: {view: string; name: string}) => JSON.stringify([f.view, f.name]);
  const old = new Map(before.features.map((f) => [key(f), f]));
  const next = new Map(after.features.map((f) => [key(f), f]));
  const rows: VersionChange[] = [];
  for (const [k, f] of old) {
    const g = next.get(k);
    const change = !g ? "removed" : g.version === f.version ? "same" : "changed";
    rows.push({view: f.view, feature: f.name, before: f.version, after: g?.version ?? null, change, consumers: [...(g ?? f).downstream]});
  }
  for (const [k, g] of next) {
    if (!old.has(k)) rows.push({view: g.view, feature: g.name, before: null, after: g.version, change: "added", consumers: [...g.downstream]});
  }
  return rows;
}
