// The Inconsistent transforms page's first answer (issue 11): every copy of the window
// feature against the reference at the page's starting controls, on the world's
// transactions (seed 7, small, as data/transactions.arrow), by the same
// components/skew/transformsPage.js calls (lib/skew) the page makes live.
import {generateWorld} from "../../../lib/synth/index.js";
import {referenceVariant, transformVariant} from "../../../lib/skew/index.js";
import {compareTransformVariants, transformsPageData, transformsPageEvents, transformsPageTolerance} from "../../components/skew/transformsPage.js";
import {transformsHeadline} from "../../components/skew/transformsHeadline.js";

const transactions = generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions;
const {feature, events} = transformsPageEvents(transactions, transformsPageData);
const reference = transformVariant(events, referenceVariant, feature);
const compared = compareTransformVariants(events, reference, feature, transformsPageTolerance);
process.stdout.write(JSON.stringify(transformsHeadline(compared, {featureName: `amount_${transformsPageData.agg}_${transformsPageData.windowDays}d`})));
