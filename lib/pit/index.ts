// The feature repository (features.yaml)
export {FeatureRepositoryError, parseFeatureRepository} from "./featureRepository.js";
export type {Entity, FeatureRepository, FeatureView} from "./featureRepository.js";
export {parseTtl} from "./parseTtl.js";
