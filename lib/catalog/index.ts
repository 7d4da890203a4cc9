// Versions: a fingerprint of what a feature's values depend on
export {featureDefinition, featureVersion} from "./featureVersion.js";
export type {FeatureDefinition} from "./featureVersion.js";
export {versionChanges} from "./versionChanges.js";
export type {VersionChange} from "./versionChanges.js";
export {changeFeatureView} from "./changeFeatureView.js";
export type {ViewChange} from "./changeFeatureView.js";
// The catalog as data, and for people
export {featureCatalog} from "./featureCatalog.js";
export type {CatalogFeature, CatalogFreshness, CatalogView, FeatureCatalog, FeatureCatalogOptions, ObservedView} from "./featureCatalog.js";
export {catalogMarkdown, durationText} from "./catalogMarkdown.js";
// Freshness observed in the data
export {viewFreshness, viewFreshnessSql} from "./viewFreshness.js";
export type {ViewFreshness, ViewFreshnessOptions} from "./viewFreshness.js";
// The contract, checked against the data
export {contractChecks, dtypeOfDuckdb, featureTypesSql} from "./contractChecks.js";
export type {ContractCheck} from "./contractChecks.js";
