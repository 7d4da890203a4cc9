// The skew dashboard's computation (skew-dashboard.md), shared with its build-time first
// answer (data/first/skew-dashboard.json.ts): the controls' starting values, the world, and
// the dashboard for given knobs and lines, all by lib/synth and lib/skew.
import {customerProfile, customers, merchants, servedFeatureNames, servedFeatures, transactions} from "../../lib/synth/index.js";
import {servedRollout, servedStaleness, skewDashboard} from "../../lib/skew/index.js";

const DAY = 86_400_000;

/** The page's knobs (serving bugs, and the day they ship) and lines as they start. */
export const dashboardPageKnobs = {centsShare: 0.05, closedLeftShare: 0, timezoneHours: -5, stalenessHours: 72, nullsAsZeroShare: 1, float32Share: 1, unseenCategories: 1, shippedDay: 5};
export const dashboardPageLines = {rtol: 1e-6, atol: 1e-9, minMatch: 0.99, warnMatch: 0.999, distributionFail: 0.01, nullFail: 0.005, slaHours: 24};

/** The world (seed 7: 300 customers, 100 merchants, 20,000 transactions over 60 days, the profile history) and its healthy served log of 2,000 requests. */
export function dashboardWorld() {
  const start = Date.UTC(2026, 0, 1), days = 60;
  const population = customers(7, 300, start);
  const tx = transactions(7, population, merchants(7, 100), {start, days, count: 20000});
  const profile = customerProfile(7, population, {start, days});
  const healthy = servedFeatures(7, tx, profile, {rows: 2000}).served_features;
  return {start, days, tx, profile, healthy};
}

/** skewDashboard's thresholds for the page's lines: warning lines at a tenth of the failing ones (match: its own control). */
export function dashboardThresholds(lines) {
  return {
    minMatch: Math.min(lines.minMatch, lines.warnMatch), warnMatch: Math.max(lines.minMatch, lines.warnMatch),
    distributionWarn: lines.distributionFail / 10, distributionFail: lines.distributionFail,
    nullWarn: lines.nullFail / 10, nullFail: lines.nullFail, slaMs: lines.slaHours * 3_600_000,
  };
}

/**
 * The dashboard at `knobs` and `lines`: the broken served log rolled out on the knobs'
 * shippedDay (servedRollout), the profile features' staleness (servedStaleness), and
 * skewDashboard over every served feature, with what the page reads of them.
 */
export function dashboardCompute(world, knobs, lines) {
  const thresholds = dashboardThresholds(lines);
  const {shippedDay, ...bugs} = knobs;
  const broken = servedFeatures(7, world.tx, world.profile, {rows: 2000, ...bugs});
  const recomputed = broken.recomputed_features;
  const shippedMs = world.start + shippedDay * DAY;
  const served = servedRollout(world.healthy, broken.served_features, "request_time", shippedMs);
  const staleness = servedStaleness(served, world.profile, {entity: "customer_id", time: "request_time", columns: ["credit_limit", "segment"], rtol: lines.rtol, atol: lines.atol});
  const columns = [...servedFeatureNames];
  const options = {key: ["request_id"], columns, rtol: lines.rtol, atol: lines.atol, thresholds, staleness};
  return {thresholds, bugs, shippedDay, shippedMs, recomputed, served, staleness, columns, options, dash: skewDashboard(recomputed, served, options)};
}
