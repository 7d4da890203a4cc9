import {placeholderOffsets, sqlLiteral, type SqlQuery} from "../sql/index.js";

/**
 * A query as a reader should see it: parameters written in place as SQL literals
 * (strings single-quoted with quotes doubled). For display only; queries run with bound
 * parameters. A `?` inside quotes or comments is text, as the engines bind it.
 *
 * @example displaySql({text: "SELECT ? AS a", params: ["it's"]}) // => "SELECT 'it''s' AS a"
 */
export function displaySql(query: SqlQuery): string {
  let text = "";
  let at = 0;
  placeholderOffsets(query.text).forEach((offset, i) => {
    text += query.text.slice(at, offset) + sqlLiteral(query.params[i] ?? null);
    at = offset + 1;
  });
  return text + query.text.slice(at);
}
