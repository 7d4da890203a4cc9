// The point-in-time-joins page's first answer (issue 11): the naive join against the
// point-in-time join at the page's default knobs (seed 7, small world; customer_risk,
// chargeback_count, the repository's ttl), by the same lib/ SQL the page runs in DuckDB-WASM
// (latestValueJoinSql, pointInTimeJoinSql, joinComparisonSql), here in native DuckDB, through
// components/pit/pitJoinHeadline.js.
import {readFileSync} from "node:fs";
import {Table} from "apache-arrow";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseFeatureRepository, pointInTimeJoinSql} from "../../../lib/pit/index.js";
import {joinComparisonSql, latestValueJoinSql} from "../../../lib/leakage/index.js";
import {sql} from "../../../lib/sql/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {pitJoinHeadline} from "../../components/pit/pitJoinHeadline.js";

const repository = parseFeatureRepository(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"), {path: "data/features.yaml"});
const world = generateWorld({seed: 7, scale: "small", tables: ["labels", "customer_risk"]});
const labels = world.labels;
const spine = new Table({txn_id: labels.getChild("txn_id")!, customer_id: labels.getChild("customer_id")!, event_timestamp: labels.getChild("event_timestamp")!, is_fraud: labels.getChild("is_fraud")!});
const view = repository.featureViews.find((v) => v.name === "customer_risk")!;
const feature = view.features[0]!;
const input = {spine: "spine", views: [{view: {...view, features: [feature]}, source: "customer_risk"}], includeFeatureTimestamps: true};
const engine = await createNativeEngine({threads: 1});
try {
  await engine.loadArrow("spine", spine);
  await engine.loadArrow("customer_risk", world.customer_risk);
  await engine.query(sql`CREATE OR REPLACE TABLE naive_join AS ${latestValueJoinSql(input)}`);
  await engine.query(sql`CREATE OR REPLACE TABLE pit_asof AS ${pointInTimeJoinSql(input)}`);
  const comparison = await engine.query(joinComparisonSql({naive: "naive_join", pit: "pit_asof", rowKey: "txn_id", feature: `customer_risk__${feature}`, featureTimestamp: "customer_risk__event_timestamp", groupBy: "is_fraud"}));
  const {byClass, ...headline} = pitJoinHeadline(comparison, {feature});
  process.stdout.write(JSON.stringify(headline));
} finally {
  await engine.close();
}
