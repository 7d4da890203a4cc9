// The contract format (ODCS v3 subset)
export type {
  Contract, ContractNote, Freshness, Relationship, LogicalType, LogicalTypeOptions, Metric, Operator, Property, QualityRule, SchemaObject, Threshold, Unit,
} from "./contract.js";
export {logicalTypes, metrics, operators} from "./contract.js";
// Reading contracts
export type {ContractIssue} from "./contractReader.js";
export {parseContract, type ParsedContract} from "./parseContract.js";
// Checks: descriptors, SQL, a plain reference, running them
export {columnOf, contractChecks, pickObject, type CheckSpec, type Measure, type RowTest} from "./contractChecks.js";
export {castType, mayBeNaN, sampleColumn, typeCategory, typedType, typeFit, typedValue, typeViolation, type Column} from "./columnTypes.js";
export {duckdbNumber} from "./duckdbNumber.js";
export {duckdbText} from "./duckdbText.js";
export {listElement, rowPredicate, structFields} from "./rowPredicate.js";
export {temporalBound, temporalMs} from "./temporalBound.js";
export {integerFormatRange, stringFormatPattern, strptimeFormat} from "./formatChecks.js";
export {physicalFamily, physicalTypeMatch} from "./physicalTypeMatch.js";
export {resolveSqlRule, sqlRuleError, sqlRuleQuery, sqlRuleValue} from "./sqlRule.js";
export {compileChecks, countQuery, duplicateSampleQuery, sampleQuery, type CompiledCheck, type CompiledChecks} from "./compileChecks.js";
export {referenceCounts, type PlainColumns} from "./referenceCounts.js";
export {orphanRows} from "./orphanRows.js";
export {describeThreshold, meetsThreshold} from "./threshold.js";
export {checkMessage, duration, type Measured} from "./checkMessage.js";
export {displaySql} from "./displaySql.js";
export {sqlStringLiteral} from "../sql/index.js";
export {jsonRows, type JsonValue} from "./jsonRows.js";
export {runContract, runContracts, type CheckResult, type CheckStatus, type ContractResult, type RunOptions} from "./runContract.js";
// Compatibility between versions
export {diffContracts, type ChangeLevel, type ContractChange} from "./diffContracts.js";
export {typeChange} from "./typeChange.js";
export {checkCompatibility, compatibilityModes, type BreakingChange, type CompatibilityMode, type CompatibilityVerdict} from "./compatibility.js";
// Reports
export {junitReport, xml} from "./junitReport.js";
export {textReport} from "./textReport.js";
export {compatReport} from "./compatReport.js";
