// The feature repository (features.yaml)
export {FeatureRepositoryError, parseFeatureRepository} from "./featureRepository.js";
export {featureDtypes} from "./featureRepository.js";
export type {Documentation, Entity, FeatureDoc, FeatureDtype, FeatureRepository, FeatureView} from "./featureRepository.js";
export {parseTtl} from "./parseTtl.js";
// Point-in-time joins
export {checkPointInTimeColumns, featureColumnName, normalizeKey, toEpochMs, viewOutputColumns} from "./pointInTimeInput.js";
export type {PlainColumns, PointInTimeOptions, PointInTimeView} from "./pointInTimeInput.js";
export {pointInTimeJoinReference} from "./pointInTimeJoinReference.js";
export type {PointInTimeViewColumns} from "./pointInTimeJoinReference.js";
export {pointInTimeJoinKernel} from "./pointInTimeJoinKernel.js";
export type {PointInTimeViewTable} from "./pointInTimeJoinKernel.js";
// Kernel machinery over Arrow columns
export {asofMatchRows} from "./asofMatchRows.js";
export type {AsofSide} from "./asofMatchRows.js";
export {encodeJoinKeys} from "./encodeJoinKeys.js";
export type {JoinKeyCodes} from "./encodeJoinKeys.js";
export {featureRowIndex} from "./featureRowIndex.js";
export type {FeatureRowIndex} from "./featureRowIndex.js";
export {gatherColumn} from "./gatherColumn.js";
export {isNumberType, readNumberColumn, readValueColumn} from "./readColumn.js";
// Point-in-time joins in SQL
export {pointInTimeJoinSql, spineCte, spineSelect, tieOrder, ttlCondition} from "./pointInTimeJoinSql.js";
export type {PointInTimeSqlInput, PointInTimeSqlView} from "./pointInTimeJoinSql.js";
export {pointInTimeJoinWindowSql} from "./pointInTimeJoinWindowSql.js";
// A view's history
export {validityIntervals} from "./validityIntervals.js";
