// The training-serving skew page's first answer (issue 11): its headline (features failing,
// requests joined, every feature's match rate) at the page's default knobs, from the same
// world (seed 7: 300 customers, 100 merchants, 20,000 transactions over 60 days) and the
// same lib/synth servedFeatures and lib/skew skewReport calls the page makes live.
import {customerProfile, customers, merchants, servedFeatureNames, servedFeatures, transactions} from "../../../lib/synth/index.js";
import {skewReport} from "../../../lib/skew/index.js";
import {skewHeadline, skewPageKnobs, skewPageTolerance} from "../../components/skew/skewHeadline.js";

const start = Date.UTC(2026, 0, 1), days = 60;
const population = customers(7, 300, start);
const tx = transactions(7, population, merchants(7, 100), {start, days, count: 20000});
const profile = customerProfile(7, population, {start, days});
const tables = servedFeatures(7, tx, profile, skewPageKnobs);
const report = skewReport(tables.recomputed_features, tables.served_features, {key: ["request_id"], columns: [...servedFeatureNames], ...skewPageTolerance});
process.stdout.write(JSON.stringify(skewHeadline(report, skewPageTolerance)));
