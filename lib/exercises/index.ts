// Checking a learner's answer against the lab's own computation (issue 12)
export {compareTables, type CellDifference, type CompareTablesOptions, type TableComparison} from "./compareTables.js";
export {compareValue, singleValue, type ValueComparison} from "./compareValue.js";
