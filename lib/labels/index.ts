// How late labels arrive
export {delayDays, labelDelayHistogramSql, labelDelaySummarySql} from "./labelDelaySummarySql.js";
export type {LabelColumns} from "./labelDelaySummarySql.js";
// What is known as of t, and where to cut a training window
export {labelsAsOfSql} from "./labelsAsOfSql.js";
export {maturityCurveSql} from "./maturityCurveSql.js";
export {labelsAsOf, maturityCurve} from "./labelsAsOf.js";
export type {KnownCounts, LabelRows} from "./labelsAsOf.js";
export {labelBias} from "./labelBias.js";
export type {LabelBias} from "./labelBias.js";
