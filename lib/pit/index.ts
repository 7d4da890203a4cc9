// The feature repository (features.yaml)
export {FeatureRepositoryError, parseFeatureRepository} from "./featureRepository.js";
export type {Entity, FeatureRepository, FeatureView} from "./featureRepository.js";
export {parseTtl} from "./parseTtl.js";
// Point-in-time joins
export {checkPointInTimeColumns, featureColumnName, normalizeKey, toEpochMs, viewOutputColumns} from "./pointInTimeInput.js";
export type {PlainColumns, PointInTimeOptions, PointInTimeView} from "./pointInTimeInput.js";
export {pointInTimeJoinReference} from "./pointInTimeJoinReference.js";
export type {PointInTimeViewColumns} from "./pointInTimeJoinReference.js";
