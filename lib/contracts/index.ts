// The contract format (ODCS v3 subset)
export type {
  Contract, Freshness, LogicalType, LogicalTypeOptions, Metric, Operator, Property, QualityRule, SchemaObject, Threshold, Unit,
} from "./contract.js";
export {logicalTypes, metrics, operators} from "./contract.js";
// Reading contracts
export type {ContractIssue} from "./contractReader.js";
export {parseContract, type ParsedContract} from "./parseContract.js";
