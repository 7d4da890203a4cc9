// The materialization-backfill page's headline (materialization-backfill.md): a schedule of
// incremental runs replayed by lib/materialize, and what happened to late rows. The numbers
// are plain data (no DOM), so that the build-time first answer
// (data/first/materialization-backfill.json.ts, in Node) and the page make them the same way;
// materializationCards.js draws them.
import {materializeSchedule, rowFates, runSchedule} from "../../lib/materialize/index.js";

/**
 * Runs every `cadence` ms from `worldStart` over `worldDays`, each looking back `lookbackMs`
 * before its watermark, over `rows` (lib/materialize's featureRows). Returns {runEnds,
 * lastRunEnd, schedule, result, fates, counts, key}: the runs and their state for the page;
 * `counts` (runs, rows read, late rows caught and missed, customers with a missed row, the
 * largest lateness in ms) and `key` for the first answer.
 */
export function materializationHeadline(rows, {cadence, lookbackMs, worldStart, worldDays}) {
  const runEnds = Array.from({length: Math.floor((worldDays * 86_400_000) / cadence)}, (_, k) => worldStart + (k + 1) * cadence);
  const schedule = runSchedule(rows, runEnds);
  const result = materializeSchedule(schedule, {lookbackMs});
  const fates = rowFates(schedule, lookbackMs);
  const total = (field) => result.reports.reduce((s, r) => s + r[field], 0);
  let maxLatenessMs = 0;
  const missedKeys = new Set();
  for (let i = 0; i < rows.length; i++) {
    if (fates.latenessMs[i] > maxLatenessMs) maxLatenessMs = fates.latenessMs[i];
    if (fates.fate[i] === 3) missedKeys.add(rows.keys[i]);
  }
  const counts = {cadence, lookbackMs, runs: runEnds.length, read: total("rowsRead"), caught: total("lateCaught"), missed: total("lateMissed"), missedCustomers: missedKeys.size, maxLatenessMs};
  return {runEnds, lastRunEnd: runEnds[runEnds.length - 1], schedule, result, fates, counts, key: {runs: counts.runs, read: counts.read, caught: counts.caught, missed: counts.missed, customers: counts.missedCustomers}};
}

