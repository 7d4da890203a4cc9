// Features as the tests read them
export {categoryCodes, designMatrix, featureColumnsOf, rowsWhere, type DesignMatrix, type FeatureColumn, type FeatureColumns} from "./featureColumns.js";
// Univariate tests against the class (scikit-learn's chi2, f_classif; plug-in mutual information)
export {chi2, chi2Categorical, chi2FromClassSums, contingency, type Chi2Result} from "./chi2.js";
export {fClassif, fClassifFromClassSums, type FResult} from "./fClassif.js";
export {classSums, classSumsSql, classSumsFromRows, type ClassSums, type ClassSumsSqlInput} from "./classSums.js";
export {mutualInformation, mutualInformationBinned, equalFrequencyCodes} from "./mutualInformation.js";
export {chiSquareSurvival, fSurvival} from "./tails.js";
export {univariateTests, type UnivariateRow} from "./univariateTests.js";
// What the model uses: permutation importance, each feature alone
export {permutationImportance, singleFeatureAuc, type FeatureImportance, type PermutationImportance, type PermutationOptions} from "./permutationImportance.js";
// Redundancy: correlation, clusters, principal components
export {correlationMatrix, midranks, type CorrelationMatrix} from "./correlationMatrix.js";
export {correlationSql} from "./correlationSql.js";
export {correlationClusters, type CorrelationCluster} from "./correlationClusters.js";
export {jacobiEigen, type Eigen} from "./jacobiEigen.js";
export {pcaExplainedVariance, type PcaResult} from "./pcaExplainedVariance.js";
// Reading the evidence: the table side by side, and the leak check
export {selectionTable, type SelectionRow} from "./selectionTable.js";
export {joinLeakCheck, type SelectionCheck} from "./joinLeakCheck.js";
