// The materialization-backfill page's first answer (issue 11): its run counts at the page's
// default knobs (seed 7, small world, txn_stats; a run every day, a 6-hour lookback), made by
// the same call the page makes live (components/pit/materializationHeadline.js over lib/materialize).
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {featureRows} from "../../../lib/materialize/index.js";
import {materializationHeadline} from "../../components/pit/materializationHeadline.js";

const HOUR = 3_600_000;
const repository = parseFeatureRepository(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"));
const view = repository.featureViews.find((v) => v.name === "txn_stats")!;
const rows = featureRows(generateWorld({seed: 7, scale: "small", tables: ["txn_stats"]}).txn_stats, view);
const {counts, key} = materializationHeadline(rows, {cadence: 24 * HOUR, lookbackMs: 6 * HOUR, worldStart: Date.UTC(2026, 0, 1), worldDays: 90});
process.stdout.write(JSON.stringify({counts, key}));
