// The feature-freshness page's headline (feature-freshness.md): at an instant and an SLA, the
// share of customers within it on both clocks, the median staleness and the pipeline's own
// lag. freshnessHeadline is plain data (no DOM), so that the build-time first answer
// (data/first/feature-freshness.json.ts, in Node) and the page make it the same way;
// freshnessCards.js draws it.
import {shareWithinSla, stalenessOverTime, stalenessPerKey} from "../../lib/freshness/index.js";
import {formatDuration} from "../../lib/profile/index.js";

const pct = (x, digits = 1) => (x == null ? "—" : `${(100 * x).toFixed(digits)}%`);
const dur = (ms) => formatDuration(ms / 1000);

/**
 * The headline at `now` (epoch ms) for an SLA of `slaMs`, from lib/freshness over `rows`
 * (lib/materialize's featureRows): {perKey, cards, key}. `perKey` is stalenessPerKey's
 * result (the page's charts use it; leave it out of JSON); `cards` the numbers shown; `key`
 * those numbers as the page shows them.
 */
export function freshnessHeadline(rows, {now, slaMs}) {
  const perKey = stalenessPerKey(rows, now);
  const [sample] = stalenessOverTime(rows, [now], {slaMs});
  const withinCreated = shareWithinSla(perKey.map((d) => d.createdStalenessMs), slaMs);
  const newestEvent = perKey.reduce((m, d) => Math.max(m, d.latestEventTimestamp), -Infinity);
  const cards = {now, slaMs, customers: sample.keys, withinEvent: sample.share, withinCreated, medianMs: sample.p50, p95Ms: sample.p95, lagMs: now - newestEvent};
  return {perKey, sample, cards, key: {customers: cards.customers, within: pct(cards.withinEvent), median: dur(cards.medianMs), lag: dur(cards.lagMs)}};
}

