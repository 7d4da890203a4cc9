// The spec: a fitted pipeline as a versioned, fingerprinted JSON document
export {SPEC_VERSION, type PreprocessSpec, type PreprocessStep, type Transform, type InputKind} from "./preprocessSpec.js";
export type {ScaleStep, OneHotStep, OrdinalStep, TargetStep, ImputeStep, ClipStep, WindowStep} from "./preprocessSpec.js";
export {canonicalJson, specFingerprint, specJson, parseSpec} from "./specJson.js";
// Fit on training rows; apply in TypeScript (serving) or compiled to DuckDB SQL (training)
export {fitPreprocess} from "./fitPreprocess.js";
export {applyPreprocess, type ApplyOptions} from "./applyPreprocess.js";
export {preprocessSql, applyPreprocessSql, duckdbKind} from "./preprocessSql.js";
// Transform families (scikit-learn's conventions) and their helpers
export {scaling} from "./scaling.js";
export {onehot, ordinal, onehotOutputs, categoryTally} from "./categoryEncoding.js";
export {targetEncoding, targetEncodingOf, foldOf, foldOfSql} from "./targetEncoding.js";
export {imputation, mostFrequent} from "./imputation.js";
export {clipping, clipBounds} from "./clipping.js";
export {timeWindow, windowAggregate, windowLabel} from "./timeWindow.js";
export {transformFamily, transformKinds} from "./transformFamilies.js";
// Columns as the transforms read them
export {inputKind, readPreprocessColumn, preprocessVector, utf8Values, type PreprocessColumn} from "./preprocessColumns.js";
export {checkSpecColumns, tableColumnKind} from "./specColumns.js";
// Reading the results: TS against SQL, and what a leaky fit costs out of time
export {outputAgreement, type ColumnAgreement} from "./outputAgreement.js";
export {encodingLeak, logLoss, type EncodingLeakResult, type EncodingLeakOptions, type EncodingVariant} from "./encodingLeak.js";
