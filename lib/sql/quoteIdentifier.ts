/**
 * Quotes a DuckDB identifier (table, column, alias) so any name is safe: quotes are
 * doubled and the whole is wrapped in double quotes.
 *
 * @example quoteIdentifier('amount "usd"') // => '"amount ""usd"""'
 */
export function quoteIdentifier(name: string): string {
  if (typeof name !== "string" || name.length === 0) {
    throw new TypeError(`quoteIdentifier requires a non-empty string, got ${JSON.stringify(name)}`);
  }
  if (name.includes("\u0000")) {
    throw new TypeError(`quoteIdentifier requires a name without NUL characters, got ${JSON.stringify(name)}`);
  }
  return `"${name.replaceAll('"', '""')}"`;
}
