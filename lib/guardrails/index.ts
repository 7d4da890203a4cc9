// Decision tables: scores → actions
export {decisionTable, decide, type DecisionPolicy, type Decisions} from "./decisionTable.js";
export {bands, type BandThresholds, type Bands} from "./bands.js";
// Choosing thresholds from labelled data
export {confusionCurve, confusionAt, pointAt, type ConfusionCurve, type ConfusionPoint} from "./confusionCurve.js";
export {confusionCurveSql, type ConfusionCurveSqlInput} from "./confusionCurveSql.js";
export {expectedCost, bayesThreshold, type CostCurve, type ErrorCosts} from "./expectedCost.js";
export {curveTable} from "./curveTable.js";
export {capacityThreshold, maxReviews, type CapacityChoice, type ReviewCapacity} from "./capacityThreshold.js";
// Are the scores probabilities?
export {calibration, brierScore, dailyCalibration, type Calibration, type DailyCalibration} from "./calibration.js";
// Daily guardrail metrics
export {rowsByDay} from "./rowsByDay.js";
export {dailyScoreDrift, type DailyScoreDrift} from "./dailyScoreDrift.js";
// Scores to gate on: the lab's model, out of time
export {scoreOutOfTime, type OutOfTimeOptions, type OutOfTimeScores} from "./scoreOutOfTime.js";
// Releasing a model
export {releaseGate, type GateCheck, type GateMetric, type GuardrailMetric, type ReleaseGate} from "./releaseGate.js";
