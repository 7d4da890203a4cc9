// The online-offline-stores page's headline (online-offline-stores.md): the online store
// filled by nightly runs up to "now", checked against the point-in-time join at "now"
// (lib/online's onlineConsistency). consistencyHeadline is plain data (no DOM), so that the
// build-time first answer (data/first/online-offline-stores.json.ts, in Node) and the page
// make it the same way; consistencyChart draws its counts.
import {materializeSchedule, runSchedule} from "../../lib/materialize/index.js";
import {onlineConsistency} from "../../lib/online/index.js";

const DAY = 86_400_000;

/**
 * At `now` (epoch ms): the online store after a run every midnight since `worldStart` (each
 * with a 30-day lookback, enough for every late row of the world), and its consistency report
 * against the point-in-time join over `source` for the view `viewName`. Returns {online,
 * report, lastRun, counts, key}: `online` and `report` for the page, `counts` (the report's
 * numbers) and `key` for the first answer.
 */
export function consistencyHeadline(rows, source, viewName, {now, worldStart, worldDays, sampleSize = 12}) {
  const runsSoFar = Array.from({length: worldDays}, (_, k) => worldStart + (k + 1) * DAY).filter((end) => end <= now);
  const online = materializeSchedule(runSchedule(rows, runsSoFar), {lookbackMs: 30 * DAY}).store;
  const report = onlineConsistency(online, viewName, source, {at: now, sampleSize});
  const lastRun = runsSoFar[runsSoFar.length - 1];
  const counts = {now, lastRun, keys: report.keys, agree: report.agree, valueDiffers: report.valueDiffers, onlineMissing: report.onlineMissing, onlineExtra: report.onlineExtra, notYetArrived: report.notYetArrived};
  const {now: _now, lastRun: _lastRun, ...key} = counts;
  return {online, report, lastRun, counts, key};
}
