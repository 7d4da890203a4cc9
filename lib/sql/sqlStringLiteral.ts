/**
 * A SQL string literal: single quotes doubled, no other escapes (DuckDB's standard
 * strings treat backslashes as text). Used where a bound parameter cannot go (file names of
 * read_parquet, read_csv and COPY … TO) or would cost too much: DuckDB compiles a regular expression once when it is a constant, but once per
 * row when it is a parameter (measured 30× slower on 5M rows).
 *
 * @example sqlStringLiteral("it's") // => "'it''s'"
 */
export function sqlStringLiteral(text: string): string {
  if (typeof text !== "string" || text.includes("\u0000")) {
    throw new TypeError(`sqlStringLiteral requires a string without NUL characters, got ${JSON.stringify(text)}`);
  }
  return `'${text.replaceAll("'", "''")}'`;
}
