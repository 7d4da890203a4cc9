// The preprocessing page's first answer (issue 11): its headline cards at the starting
// controls (60 training days, 14 serving days, 20% of amounts ≥ $150 missing; median, clip
// 1%–99%, standard, one-hot), by the same components/skew/preprocessPage.js calls the page
// makes live, in DuckDB-WASM under Node (the page's missing amounts come from DuckDB's hash,
// so the same engine as the browser's).
import {generateWorld} from "../../../lib/synth/index.js";
import {sql} from "../../../lib/sql/index.js";
import {createNodeWasmEngine} from "../../../src/engines/index.js";
import {fitPreprocess, preprocessCompare, preprocessHeadline, preprocessPageMissing, preprocessPagePipe, preprocessPageSplit, preprocessRowsSql, preprocessSql, preprocessSteps} from "../../components/skew/preprocessPage.js";

const world = generateWorld({seed: 7, scale: "small", tables: ["transactions", "labels"]});
const engine = await createNodeWasmEngine();
try {
  await engine.loadArrow("transactions", world.transactions);
  await engine.loadArrow("labels", world.labels);
  await engine.query(preprocessRowsSql(preprocessPageSplit, preprocessPageMissing));
  await engine.query(sql`CREATE OR REPLACE TABLE pp_train AS SELECT * EXCLUDE (split) FROM pp_rows WHERE split = 'training' ORDER BY txn_id`);
  await engine.query(sql`CREATE OR REPLACE TABLE pp_serve AS SELECT * EXCLUDE (split) FROM pp_rows WHERE split = 'serving' ORDER BY txn_id`);
  const train = await engine.query(sql`SELECT * FROM pp_train ORDER BY rowid`);
  const serve = await engine.query(sql`SELECT * FROM pp_serve ORDER BY rowid`);
  const spec = fitPreprocess(train, preprocessSteps(preprocessPagePipe));
  const compare = preprocessCompare(spec, train, serve, await engine.query(preprocessSql(spec, "pp_train", {training: true})), await engine.query(preprocessSql(spec, "pp_serve")));
  process.stdout.write(JSON.stringify(preprocessHeadline(spec, compare, {trainDays: preprocessPageSplit.trainDays, rows: train.numRows + serve.numRows})));
} finally {
  await engine.close();
}
