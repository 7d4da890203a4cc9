import {paramType} from "./paramType.js";
import {placeholderOffsets} from "./placeholderOffsets.js";
import type {SqlQuery} from "./sqlEngine.js";

/** A parameter as duckdb-wasm takes it: through JSON. */
export type JsonParam = string | number | boolean | null;

/**
 * Prepares a query for an engine that receives parameters as JSON (duckdb-wasm, in the
 * browser and in Node), where only strings, finite numbers, booleans and null survive.
 * Dates, bigints and every number that is not a safe integer travel as strings and their
 * placeholder becomes `CAST(? AS <type>)`, so each value binds with the type `paramType` gives it.
 * Throws when the number of `?` placeholders differs from the number of params.
 *
 * @example jsonParams({text: "select ?", params: [new Date(0)]})
 * // => {text: "select CAST(? AS TIMESTAMP)", params: ["1970-01-01 00:00:00.000"]}
 */
export function jsonParams(query: SqlQuery): {text: string; params: JsonParam[]} {
  const offsets = placeholderOffsets(query.text);
  if (offsets.length !== query.params.length) {
    throw new RangeError(
      `jsonParams requires one param per ? placeholder: the query has ${offsets.length}, got ${query.params.length} params`,
    );
  }
  let text = "";
  let from = 0;
  const params = query.params.map((value, i): JsonParam => {
    const type = paramType(value);
    const offset = offsets[i]!;
    let json: JsonParam;
    let cast: string | null = null;
    if (value instanceof Date) [json, cast] = [value.toISOString().replace("T", " ").replace("Z", ""), type];
    else if (typeof value === "bigint") [json, cast] = [String(value), type];
    // duckdb-wasm binds a whole JSON number as an integer, which fails beyond BIGINT (2 ** 63, 1e300),
    // and parses a fractional one inexactly (0.010000000000000009 arrived as …07, ~1 in 7 random
    // doubles one ulp off). The shortest text reads back through DuckDB's cast as the same double.
    else if (typeof value === "number" && (!Number.isSafeInteger(value) || Object.is(value, -0))) [json, cast] = [Object.is(value, -0) ? "-0" : String(value), type];
    else json = value as JsonParam;
    text += query.text.slice(from, offset) + (cast ? `CAST(? AS ${cast})` : "?");
    from = offset + 1;
    return json;
  });
  return {text: text + query.text.slice(from), params};
}
