import {paramType, placeholderOffsets, SqlError} from "../../lib/sql/index.js";
import type {SqlQuery, SqlValue} from "../../lib/sql/index.js";

/**
 * Normalizes `query(text, params)` and `query(sqlFragment)` into one SqlQuery and checks it
 * the same way on every engine: one param per `?` placeholder (a SqlError, like any other
 * error in the SQL), and only bindable values (a TypeError or RangeError: a caller's bug).
 */
export function toSqlQuery(query: string | SqlQuery, params?: readonly SqlValue[]): SqlQuery {
  if (typeof query !== "string" && params && params.length > 0 && query.params.length > 0) {
    throw new TypeError("query takes params either inside the SqlQuery or as its second argument, got both");
  }
  const text = typeof query === "string" ? query : query.text;
  const values = params && params.length > 0 ? params : typeof query === "string" ? [] : query.params;
  values.forEach(paramType);
  const placeholders = placeholderOffsets(text).length;
  if (placeholders !== values.length) {
    throw new SqlError(`Binder Error: the query has ${placeholders} ? placeholders, got ${values.length} params`, text);
  }
  return {text, params: values};
}
