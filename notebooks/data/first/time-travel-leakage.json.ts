// The time-travel-leakage page's first answer (issue 11): offline and honest AUC per leak
// at the page's default split (day 60; seed 7, small world), from the same SQL (native
// DuckDB here, DuckDB-WASM in the page) and the same lib/leakage models, through
// components/pit/leakageHeadline.js.
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {leakageHeadline, leakSpineSql, leakTrainingSql} from "../../components/pit/leakageHeadline.js";

const repository = parseFeatureRepository(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"));
const world = generateWorld({seed: 7, scale: "small", tables: ["labels", "txn_stats", "customer_risk"]});
const engine = await createNativeEngine({threads: 1});
try {
  for (const name of ["labels", "txn_stats", "customer_risk"] as const) await engine.loadArrow(name, world[name]);
  await engine.query(leakSpineSql());
  const {curve, key} = leakageHeadline(await engine.query(leakTrainingSql(repository)), {splitDay: 60, worldStart: Date.UTC(2026, 0, 1)});
  process.stdout.write(JSON.stringify({curve, key}));
} finally {
  await engine.close();
}
