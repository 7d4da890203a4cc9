// Reading and writing tables (CSV, Parquet, Arrow IPC)
export {readTable} from "./readTable.js";
export {csvSelect, csvProblem} from "./csvSelect.js";
export {writeTable} from "./writeTable.js";
export {writeCsv} from "./writeCsv.js";
export {tableFormat, tableFormats, formatExtension} from "./tableFormat.js";
export type {TableFormat} from "./tableFormat.js";
// Errors and safe reads and writes
export {InputError} from "./inputError.js";
export {fileProblem} from "./fileProblem.js";
export {parquetProblem} from "./parquetProblem.js";
export {checkInputFile} from "./checkInputFile.js";
export {checkOutputFile} from "./checkOutputFile.js";
export {makeFolder} from "./makeFolder.js";
export {atomicWrite} from "./atomicWrite.js";
