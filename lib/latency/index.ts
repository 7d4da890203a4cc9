// Exact percentiles (type 7, numpy's default, DuckDB's quantile_cont)
export {percentiles, percentilesSql, lowerQuantile, type PercentileWindow} from "./percentiles.js";
export {percentilesByGroup, type GroupPercentile} from "./percentilesByGroup.js";
export {quickselect} from "./quickselect.js";
// Mergeable sketches (DDSketch, relative accuracy 0.01, non-negative values)
export type {DDSketch} from "@datadog/sketches-js";
export {latencySketch, mergeSketches, sketchBytes, sketchRelativeAccuracy} from "./latencySketch.js";
export {sketchesByWindow, rollUp} from "./sketchesByWindow.js";
// Fan-out: a request waits for its slowest lookup
export {requestLatencies, requestLatencySql, type LookupColumns, type RequestLatencies} from "./requestLatencies.js";
export {fanOutAmplification, measuredAmplification, type MeasuredAmplification, type ViewTail} from "./fanOutAmplification.js";
export {fanOutCurve, type FanOutPoint} from "./fanOutCurve.js";
// Service-level objectives
export {sloCompliance, sloComplianceSql, type SloCompliance} from "./sloCompliance.js";
export {errorBudgetBurn, errorBudgetBurnSql, type BurnWindow, type ErrorBudgetOptions} from "./errorBudgetBurn.js";
export {burnRateAlerts, sreBurnRateRules, type BurnRateAlertOptions, type BurnRateAlerts, type BurnRateRule, type RuleEvaluation} from "./burnRateAlerts.js";
