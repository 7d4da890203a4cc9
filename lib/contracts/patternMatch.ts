import {raw, sql, sqlStringLiteral, type SqlFragment} from "../sql/index.js";

/**
 * The SQL test that `text` matches `pattern` somewhere (RE2 partial match, as
 * `regexp_matches`). A fully anchored pattern `^…$` becomes `regexp_full_match` of what is
 * between the anchors: the same rows match, and DuckDB evaluates it far faster (natively
 * once per dictionary entry of a Parquet column instead of once per row). The pattern is
 * an escaped literal, never a parameter: a bound pattern is compiled again for every row.
 *
 * `known` values (e.g. the column's enum) are matched once per query instead of once per
 * row: a row equal to one of them that matches skips the regular expression. Any list gives
 * the same result, since each listed value is itself tested against the pattern; the
 * values are literals, so that DuckDB folds the list into a constant.
 *
 * @example patternMatch(raw('"code"'), "^[a-z]+$").text // => `regexp_full_match("code", '[a-z]+')`
 */
export function patternMatch(text: SqlFragment, pattern: string, known: readonly string[] = []): SqlFragment {
  const inner = anchoredInner(pattern);
  const match = (x: SqlFragment) => inner !== undefined
    ? sql`regexp_full_match(${x}, ${raw(sqlStringLiteral(inner))})`
    : sql`regexp_matches(${x}, ${raw(sqlStringLiteral(pattern))})`;
  if (!known.length || known.some((v) => v.includes("\0"))) return match(text);
  const list = raw(`[${known.map(sqlStringLiteral).join(", ")}]`);
  return sql`CASE WHEN list_contains(list_filter(${list}, lambda known_value: ${match(raw("known_value"))}), ${text}) THEN true ELSE ${match(text)} END`;
}

/**
 * What lies between a leading `^` and a trailing `$` when matching the pattern partially
 * means matching that part fully; else undefined. Refused (left to a partial match): a
 * top-level `|` (`^a|b$` is `(^a)|(b$)`), an escaped final `\$`, `\Q` quoting, a flag
 * group that may set multi-line mode (`$` would also match before a newline), a
 * quantifier right after `^`, and unbalanced brackets.
 *
 * @example [anchoredInner("^[a-z]+$"), anchoredInner("^a|b$"), anchoredInner("^a\\$")] // => ["[a-z]+", undefined, undefined]
 */
export function anchoredInner(pattern: string): string | undefined {
  if (pattern.length < 2 || !pattern.startsWith("^") || !pattern.endsWith("$")) return undefined;
  const inner = pattern.slice(1, -1);
  if (/^[*+?{]/.test(inner) || /\(\?[a-zA-Z-]*m/.test(inner)) return undefined;
  let depth = 0;
  for (let i = 0; i < inner.length; ++i) {
    const c = inner[i];
    if (c === "\\") {
      if (i + 1 >= inner.length || inner[i + 1] === "Q") return undefined; // escapes the final `$`, or quotes it
      ++i;
    } else if (c === "[") {
      i = classEnd(inner, i);
      if (i < 0) return undefined;
    } else if (c === "(") ++depth;
    else if (c === ")" && --depth < 0) return undefined;
    else if (c === "|" && depth === 0) return undefined;
  }
  return depth === 0 ? inner : undefined;
}

/** The index of the `]` closing the character class opened at `start`, or -1. */
function classEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === "^") ++i;
  if (p[i] === "]") ++i; // a leading `]` is a literal
  for (; i < p.length; ++i) {
    if (p[i] === "\\") ++i;
    else if (p[i] === "[" && p[i + 1] === ":") {
      const close = p.indexOf(":]", i + 2);
      if (close < 0) return -1;
      i = close + 1;
    } else if (p[i] === "]") return i;
  }
  return -1;
}
