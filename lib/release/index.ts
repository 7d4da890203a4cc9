// Student's t (stdlib; simple-statistics has no t distribution)
export {studentQuantile, studentTwoSidedP} from "./studentT.js";
// Paired comparison of a candidate with a baseline (DESIGN "Release comparison")
export {pairedComparison, completePairs, tInterval, intervalStatus, checkConfidence, type ComparisonOptions, type ComparisonStatus, type PairedComparison} from "./pairedComparison.js";
// Guardrail metrics: no worse than a margin
export {nonInferiority, type NonInferiority, type NonInferiorityOptions} from "./nonInferiority.js";
