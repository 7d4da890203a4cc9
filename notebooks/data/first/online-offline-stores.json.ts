// The online-offline-stores page's first answer (issue 11): the consistency counts at the
// page's default "now" (seed 7, small world, txn_stats; nightly runs; day 60 + 15 h), made by
// the same call the page makes live (components/pit/consistencyHeadline.js over lib/online).
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {featureRows} from "../../../lib/materialize/index.js";
import {consistencyHeadline} from "../../components/pit/consistencyHeadline.js";

const HOUR = 3_600_000, worldStart = Date.UTC(2026, 0, 1);
const repository = parseFeatureRepository(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"));
const view = repository.featureViews.find((v) => v.name === "txn_stats")!;
const source = generateWorld({seed: 7, scale: "small", tables: ["txn_stats"]}).txn_stats;
const {counts, key} = consistencyHeadline(featureRows(source, view), source, view.name, {now: worldStart + (60 * 24 + 15) * HOUR, worldStart, worldDays: 90});
process.stdout.write(JSON.stringify({counts, key}));
