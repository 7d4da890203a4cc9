import type {CatalogFeature, CatalogView, FeatureCatalog} from "./featureCatalog.js";

/**
 * The catalog as a Markdown document for people: the repository's documentation, a table
 * of entities, then per view its contract (source, keys, event time, ttl, owner, tags,
 * observed rows and newest event when known, upstream and downstream) and a table of its
 * features (type, version, update frequency, description, calculation).
 *
 * @example catalogMarkdown(featureCatalog(parseFeatureRepository("entities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: v.csv, timestamp_field: t, features: [x]}]"))).split("\n")[0] // => "# Feature catalog"
 */
export function catalogMarkdown(catalog: FeatureCatalog): string {
  const lines: string[] = [`# Feature catalog${catalog.project ? `: ${catalog.project}` : ""}`, ""];
  if (catalog.description) lines.push(catalog.description.trim(), "");
  const counts = `${plural(catalog.entities.length, "entity", "entities")}, ${plural(catalog.views.length, "feature view")}, ${plural(catalog.features.length, "feature")}`;
  lines.push([catalog.owner ? `Owner: ${catalog.owner}` : "", catalog.tags.length ? `Tags: ${catalog.tags.join(", ")}` : "", counts].filter(Boolean).join(" · "), "");
  lines.push("## Entities", "", "| Entity | Join keys | Feature views | Description |", "|---|---|---|---|");
  for (const e of catalog.entities) lines.push(row([e.name, codes(e.joinKeys), e.views.join(", ") || "—", e.description ?? "—"]));
  lines.push("", "## Feature views");
  for (const view of catalog.views) lines.push("", ...viewSection(view));
  return lines.join("\n") + "\n";
}

function viewSection(view: CatalogView): string[] {
  const lines = [`### ${view.name}`, ""];
  if (view.description) lines.push(view.description.trim(), "");
  const time = `\`${view.timestampField}\`${view.createdTimestampField ? ` (arrival: \`${view.createdTimestampField}\`)` : ""}`;
  const facts: [string, string][] = [
    ["Source", `\`${view.source}\``],
    ["Entities", `${view.entities.join(", ")} (${codes(view.joinKeys)})`],
    ["Event time", time],
    ["TTL", view.ttlMs === null ? "none: a value holds until it changes" : durationText(view.ttlMs)],
    ["Owner", view.owner ?? "—"],
    ["Tags", view.tags.join(", ") || "—"],
  ];
  if (view.rows !== null) facts.push(["Rows", view.rows.toLocaleString("en-US")]);
  if (view.latestEventMs !== null) facts.push(["Newest event", new Date(view.latestEventMs).toISOString()]);
  facts.push(["Upstream", codes(view.upstream) || "—"], ["Downstream", codes(view.downstream) || "—"]);
  lines.push("| | |", "|---|---|", ...facts.map(([k, v]) => row([k, v])), "");
  lines.push("| Feature | Type | Version | Updated | Description | Calculation |", "|---|---|---|---|---|---|");
  for (const f of view.features) lines.push(featureRow(f));
  return lines;
}

function featureRow(f: CatalogFeature): string {
  const updated = f.freshness.updateFrequency === null ? "—" : f.freshness.updateFrequency === "on_event" ? "on each event" : `every ${f.freshness.updateFrequency}`;
  return row([`\`${f.name}\``, f.dtype ?? "—", `\`${f.version}\``, updated, f.description ?? "—", f.calculation?.trim().replace(/\s+/g, " ") ?? "—"]);
}

/**
 * A duration in the repository's units: the largest of d, h, m, s that divides it.
 *
 * @example durationText(2_592_000_000) // => "30d"
 */
export function durationText(ms: number): string {
  for (const [unit, size] of [["d", 86_400_000], ["h", 3_600_000], ["m", 60_000], ["s", 1_000]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

const codes = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(", ");
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ")).join(" | ")} |`;
