// Writes data/yours/card_payments.parquet, the sample file behind the page "A page from your
// Parquet" (notebooks/your-parquet.md). Run once, from the repository's root:
//   npx tsx data/yours/make-sample.ts
// The same seed gives the same bytes. It is a small world of lib/synth (seed 2026, tiny scale):
// its card payments with, where the label had arrived by the world's end, when and whether each was
// fraud (null otherwise: an extract knows only the labels that had arrived).
import {generateWorld} from "../../lib/synth/index.js";
import {createNativeEngine} from "../../src/engines/index.js";
import {writeTable} from "../../src/io/index.js";
import {worldParams} from "../../src/loaders/index.js";

const world = generateWorld({...worldParams(["--seed=2026", "--scale=tiny", "--drift=0.3"]).options, tables: ["transactions", "labels"]});
const engine = await createNativeEngine({threads: 1});
try {
  await engine.loadArrow("transactions", world.transactions);
  await engine.loadArrow("labels", world.labels);
  const payments = await engine.query(`SELECT t.*, l.label_timestamp, CASE WHEN l.label_timestamp IS NOT NULL THEN l.is_fraud END AS is_fraud
FROM transactions t LEFT JOIN labels l ON l.txn_id = t.txn_id AND NOT t.is_correction
ORDER BY t.event_timestamp, t.txn_id`);
  await writeTable(payments, new URL("card_payments.parquet", import.meta.url).pathname);
  console.log(`data/yours/card_payments.parquet: ${payments.numRows} rows, ${payments.schema.fields.length} columns`);
} finally {
  await engine.close();
}
