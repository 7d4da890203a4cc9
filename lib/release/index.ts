// Student's t (stdlib; simple-statistics has no t distribution)
export {studentQuantile, studentTwoSidedP} from "./studentT.js";
// Paired comparison of a candidate with a baseline (DESIGN "Release comparison")
export {
  pairedComparison, comparisonFromStatistics, completePairs, tInterval, intervalStatus, checkConfidence,
  type ComparisonOptions, type ComparisonStatus, type PairedComparison, type PairedStatistics, type StudentInterval,
} from "./pairedComparison.js";
export {pairedStatisticsSql} from "./pairedStatisticsSql.js";
export {pairsByUnit, pairsByUnitSql, type PairsByUnitOptions, type UnitPairs} from "./pairsByUnit.js";
// What pairing buys, and an interval without a t table
export {unpairedComparison, type UnpairedComparison} from "./unpairedComparison.js";
export {bootstrapInterval, type BootstrapInterval, type BootstrapOptions} from "./bootstrapInterval.js";
// Guardrail metrics: no worse than a margin
export {nonInferiority, type NonInferiority, type NonInferiorityOptions} from "./nonInferiority.js";
// Peeking, and a test that may be checked every day
export {msprt, mixtureLikelihoodRatio, type Msprt, type MsprtOptions} from "./msprt.js";
export {peekingSimulation, lookSchedule, type PeekingLook, type PeekingOptions, type PeekingSimulation} from "./peekingSimulation.js";
// Units that move together, and the comparison as they accumulate
export {sharedUnitEffect, type SharedUnitEffectOptions} from "./sharedUnitEffect.js";
export {comparisonsOverTime, type ComparisonSoFar} from "./comparisonsOverTime.js";
