import {quoteIdentifier} from "./quoteIdentifier.js";
import type {SqlQuery, SqlValue} from "./sqlEngine.js";

/** A fragment spliced verbatim into a `sql` template: an identifier, a nested query, raw keywords. */
export class SqlFragment implements SqlQuery {
  constructor(readonly text: string, readonly params: readonly SqlValue[] = []) {}
}

/**
 * An identifier fragment, quoted through `quoteIdentifier`; dotted paths take several parts.
 *
 * @example ident("main", 'a"b').text // => '"main"."a""b"'
 */
export function ident(...parts: string[]): SqlFragment {
  return new SqlFragment(parts.map(quoteIdentifier).join("."));
}

/**
 * Trusted SQL text (keywords, operators) that the caller wrote, never user input.
 *
 * @example raw("ORDER BY 1").text // => "ORDER BY 1"
 */
export function raw(text: string): SqlFragment {
  return new SqlFragment(text);
}

/**
 * Joins fragments and values with a separator; values become parameters.
 *
 * @example join([ident("a"), 5], " = ") // => {text: '"a" = ?', params: [5]}
 */
export function join(items: readonly (SqlFragment | SqlValue)[], separator = ", "): SqlFragment {
  let text = "";
  const params: SqlValue[] = [];
  items.forEach((item, i) => {
    if (i > 0) text += separator;
    text += splice(item, params);
  });
  return new SqlFragment(text, params);
}

/**
 * Tagged template for queries: interpolated values become `?` parameters, fragments
 * (`ident`, `raw`, nested `sql`) are spliced in with their parameters.
 *
 * @example sql`select * from ${ident("t")} where x > ${5}` // => {text: 'select * from "t" where x > ?', params: [5]}
 */
export function sql(strings: TemplateStringsArray, ...values: (SqlFragment | SqlValue)[]): SqlFragment {
  let text = strings[0] ?? "";
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    text += splice(value, params) + (strings[i + 1] ?? "");
  });
  return new SqlFragment(text, params);
}

// A fragment's text with its parameters appended to `params`; a value becomes `?` and one parameter.
function splice(item: SqlFragment | SqlValue, params: SqlValue[]): string {
  if (item instanceof SqlFragment) {
    params.push(...item.params);
    return item.text;
  }
  params.push(item);
  return "?";
}
