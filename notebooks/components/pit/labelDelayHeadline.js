// The delayed-labels page's headline (delayed-labels.md): how late labels arrive, per class,
// from lib/labels' SQL (labelDelaySummarySql, labelDelayHistogramSql). labelDelayHeadline
// turns the two results into plain data (no DOM), so that the build-time first answer
// (data/first/delayed-labels.json.ts, native DuckDB in Node) and the page (DuckDB-WASM) make
// it the same way; delayHistogramChart draws it.
import {resultRows} from "../shell/resultRows.js";

/**
 * {summary, histogram, key} from the results (Arrow tables or runSql results) of
 * labelDelaySummarySql and labelDelayHistogramSql(…, 1): rows as plain objects, and `key`
 * the numbers the page shows, rounded as shown.
 */
export function labelDelayHeadline(summaryResult, histogramResult) {
  const summary = resultRows(summaryResult);
  const histogram = resultRows(histogramResult);
  const fraud = summary.find((r) => r.is_fraud === 1);
  const legit = summary.find((r) => r.is_fraud === 0);
  return {
    summary, histogram,
    key: {fraudMedian: fraud.median_days.toFixed(1), fraudP90: fraud.p90_days.toFixed(0), legitMedian: legit.median_days.toFixed(1), fraudArrived: fraud.arrived, legitArrived: legit.arrived, bins: histogram.length},
  };
}
