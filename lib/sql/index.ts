// The engine surface
export type {SqlEngine, SqlEngineKind, SqlQuery, SqlValue} from "./sqlEngine.js";
// Building queries
export {quoteIdentifier} from "./quoteIdentifier.js";
export {SqlFragment, ident, join, raw, sql} from "./sql.js";
