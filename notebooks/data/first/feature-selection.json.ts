// The feature-selection page's first answer (issue 11): the features' mutual information with
// the fraud label at the page's defaults (chargeback_count by latest value, 10 bins), from the
// world's tables (seed 7, small) joined by the same SQL in DuckDB (native, in Node) and tested
// by the same lib/selection code as the page.
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {univariateTests} from "../../../lib/selection/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {selectionColumns, selectionMiHeadline, selectionSelectedSql, selectionSpineSql, selectionTrainingSql} from "../../components/monitoring/selectionTraining.js";

const tables = ["labels", "customer_profile", "txn_stats", "customer_risk"] as const;
const repo = parseFeatureRepository(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"), {path: "data/features.yaml"});
const world = generateWorld({seed: 7, scale: "small", tables: [...tables]});
const db = await createNativeEngine();
try {
  for (const name of tables) await db.loadArrow(name, world[name]!);
  await db.query(selectionSpineSql());
  await db.query(selectionTrainingSql(repo));
  const selected = await db.query(selectionSelectedSql("latest"));
  const {features, labels} = selectionColumns(selected);
  process.stdout.write(JSON.stringify(selectionMiHeadline(univariateTests(features, labels, {bins: 10}), {bins: 10, join: "latest"})));
} finally {
  await db.close();
}
