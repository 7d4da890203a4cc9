// The report: served features joined with their recomputation, per column, TFDV-style
export {skewReport, skewDefaults, skewColumn, keyText, type SkewOptions, type SkewReport, type SkewColumn, type SkewExample, type ColumnComparison} from "./skewReport.js";
export {skewReportSql, repeatedKey, infiniteCounts, comparisonSql} from "./skewReportSql.js";
// Its parts
export {isClose, checkTolerance} from "./isClose.js";
export {linfDistance} from "./linfDistance.js";
export {skewColumns, keyKind, keyValue, compareKeys, type KeyKind, type KeyValue} from "./skewColumns.js";
// Where the rows differ: per-bucket fingerprints (lib/fingerprint) and narrowing down
export {narrowSkew, localiseDefaults, keyRangeLabel, dayLabel, checkTime, type LocaliseOptions, type SkewLocalisation, type SkewBucket, type BucketFilter, type BucketPrint, type LocaliseBackend} from "./narrowSkew.js";
export {localiseSkew} from "./localiseSkew.js";
export {localiseSkewSql} from "./localiseSkewSql.js";
// The same window feature written several ways (closed side, nulls, float width), in TypeScript and SQL, and the tests that notice
export {transformVariant, transformVariants, checkTransform, referenceVariant, type TransformVariant, type ClosedSide, type NullPolicy, type FloatWidth, type WindowFeature, type WindowEvents} from "./transformVariants.js";
export {transformVariantSql, frameSql, type TransformColumns} from "./transformVariantsSql.js";
export {transformEvents, transformEventsTable, featureTable, type TransformEvents, type TransformEventOptions} from "./transformEvents.js";
export {transformChecks, transformCases, runTransformCase, type TransformCase, type CaseResult, type TransformCheck, type TransformComparison, type TransformCheckOptions} from "./transformChecks.js";
// The dashboard: every feature × signal (match rate, distribution skew, null-rate delta, freshness), per day, drill-down
export {skewSignals, skewThresholds, skewRanking, skewCause, skewSignalNames, type SkewSignal, type SkewSignalStatus, type SkewThresholds, type SkewCell, type SkewFeatureSummary, type SkewCause} from "./skewSignals.js";
export {skewDashboard, skewDashboardSql, skewDays, type SkewDashboard, type SkewDashboardOptions, type SkewDay} from "./skewDashboard.js";
export {servedStaleness, stalestRows, type ServedStaleness, type ServedStalenessOptions} from "./servedStaleness.js";
export {servedRollout} from "./servedRollout.js";
export {differingRowsSql, type DifferingRowsOptions} from "./differingRowsSql.js";
export {transformDifferences, toleranceSweep, type TransformDifference} from "./transformDifferences.js";
export {servedStalenessSql, servedStalenessQuery, type StalenessSummary} from "./servedStalenessSql.js";
