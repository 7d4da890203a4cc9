// The engine surface
export type {SqlEngine, SqlEngineKind, SqlQuery, SqlValue} from "./sqlEngine.js";
export {SqlError} from "./sqlError.js";
// Building queries
export {quoteIdentifier} from "./quoteIdentifier.js";
export {SqlFragment, ident, join, raw, sql} from "./sql.js";
export {sqlLiteral} from "./sqlLiteral.js";
export {sqlStringLiteral} from "./sqlStringLiteral.js";
// Binding parameters alike on every engine
export {paramType, type ParamType} from "./paramType.js";
export {placeholderOffsets} from "./placeholderOffsets.js";
export {jsonParams, type JsonParam} from "./jsonParams.js";
// Arrow ↔ DuckDB
export {duckdbType} from "./duckdbType.js";
export {duckdbWasmSetup} from "./duckdbWasmSetup.js";
// Reading results
export {columnValues, plainValue, tableColumns} from "./tableColumns.js";
export {tableRows} from "./tableRows.js";
// Reading a CSV alike in Node and in the browser
export {csvFailure, csvHeader, csvProblem, csvSelect, type CsvProblem, type CsvSelect} from "./csvSelect.js";
