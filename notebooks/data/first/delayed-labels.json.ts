// The delayed-labels page's first answer (issue 11): label delays per class and their
// histogram (seed 7, small world), by the same lib/labels SQL the page runs in DuckDB-WASM,
// here in native DuckDB (the same DuckDB version), through components/pit/labelDelayHeadline.js.
import {generateWorld} from "../../../lib/synth/index.js";
import {labelDelayHistogramSql, labelDelaySummarySql} from "../../../lib/labels/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {labelDelayHeadline} from "../../components/pit/labelDelayHeadline.js";

const engine = await createNativeEngine({threads: 1});
try {
  await engine.loadArrow("labels", generateWorld({seed: 7, scale: "small", tables: ["labels"]}).labels);
  const input = {table: "labels"};
  const {summary, histogram, key} = labelDelayHeadline(await engine.query(labelDelaySummarySql(input)), await engine.query(labelDelayHistogramSql(input, 1)));
  process.stdout.write(JSON.stringify({summary, histogram, key}));
} finally {
  await engine.close();
}
