// A model to leak into: logistic regression and its score
export {logisticRegression, predictLogistic} from "./logisticRegression.js";
export type {LogisticModel, LogisticOptions} from "./logisticRegression.js";
export {auc} from "./auc.js";
export {aucSql} from "./aucSql.js";
export type {AucSqlInput} from "./aucSql.js";
export {holdoutMask} from "./holdoutMask.js";
// The leak and what it costs
export {latestValueJoinSql} from "./latestValueJoinSql.js";
export {joinComparisonSql} from "./joinComparisonSql.js";
export type {JoinComparisonInput} from "./joinComparisonSql.js";
export {leakageGap} from "./leakageGap.js";
export type {LeakResult, LeakyTrainingSet} from "./leakageGap.js";
// Joins at scale
export {randomJoinTables} from "./randomJoinTables.js";
export type {RandomJoinOptions} from "./randomJoinTables.js";
