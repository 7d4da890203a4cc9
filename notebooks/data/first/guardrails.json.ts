// The guardrails page's first answer (issue 11): the lab's fraud model scored out of time
// (transactions, frauds, AUC), from the world's tables (seed 7, small) joined point in time
// by the same SQL in DuckDB (native, in Node) and trained by the same lib/ code as the page.
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {guardrailModel, guardrailTrainingSql} from "../../components/monitoring/guardrailModel.js";

const repo = parseFeatureRepository(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"), {path: "data/features.yaml"});
const world = generateWorld({seed: 7, scale: "small", tables: ["labels", "txn_stats", "customer_risk", "transactions"]});
const db = await createNativeEngine();
try {
  for (const name of ["labels", "txn_stats", "customer_risk", "transactions"] as const) await db.loadArrow(name, world[name]!);
  const {headline} = guardrailModel(await db.query(guardrailTrainingSql(repo)));
  process.stdout.write(JSON.stringify(headline));
} finally {
  await db.close();
}
