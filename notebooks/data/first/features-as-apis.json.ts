// The first answer of "Features as production APIs" (issue 11): its four cards at the page's
// default "now", from the same repository (data/features.yaml), the same world (lib/synth,
// seed 7, as data/*.arrow.ts) and the same lib/catalog queries and functions the page runs with
// DuckDB-wasm, here in native DuckDB, shaped by the page's own catalogHeadline.
import {readFileSync} from "node:fs";
import {contractChecks, featureCatalog, featureTypesSql, viewFreshnessSql} from "../../../lib/catalog/index.js";
import {syntheticSystem} from "../../../lib/lineage/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {generateWorld} from "../../../lib/synth/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {resultRows} from "../../components/shell/resultRows.js";
import {catalogHeadline} from "../../components/foundations/catalogHeadline.js";

const params = {nowDays: 75.5}; // the page's slider's default
const now = Date.UTC(2026, 0, 1) + params.nowDays * 86_400_000; // the page's worldStart + nowDays days
const repo = parseFeatureRepository(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"), {path: "data/features.yaml"});
const world = generateWorld({seed: 7, scale: "small", tables: ["customer_profile", "txn_stats", "customer_risk"]});
const db = await createNativeEngine({threads: 1});
for (const view of repo.featureViews) await db.loadArrow(view.name, world[view.name as "customer_profile" | "txn_stats" | "customer_risk"]);
const freshness = resultRows(await db.query(viewFreshnessSql(repo.featureViews, {asOfMs: now})));
const observed = Object.fromEntries(freshness.map((r) => [r.view, {latestEventMs: r.latest_event_ms, rows: r.rows}]));
const catalog = featureCatalog(repo, {system: syntheticSystem, observed, asOfMs: now});
const checks = contractChecks(catalog, resultRows(await db.query(featureTypesSql(catalog))));
await db.close();
process.stdout.write(JSON.stringify(catalogHeadline({params, catalog, checks})));
