// The feature-freshness page's first answer (issue 11): its headline cards at the page's
// default knobs (seed 7, small world, txn_stats; now = day 75 + 9 h, SLA 24 h), made by the
// same call the page makes live (components/pit/freshnessHeadline.js over lib/freshness).
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {featureRows} from "../../../lib/materialize/index.js";
import {freshnessHeadline} from "../../components/pit/freshnessHeadline.js";

const HOUR = 3_600_000;
const repository = parseFeatureRepository(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"));
const view = repository.featureViews.find((v) => v.name === "txn_stats")!;
const rows = featureRows(generateWorld({seed: 7, scale: "small", tables: ["txn_stats"]}).txn_stats, view);
const {cards, key} = freshnessHeadline(rows, {now: Date.UTC(2026, 0, 1) + (75 * 24 + 9) * HOUR, slaMs: 24 * HOUR});
process.stdout.write(JSON.stringify({cards, key}));
