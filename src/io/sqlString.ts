/**
 * A SQL string literal: single quotes doubled. Table functions such as read_parquet and
 * COPY … TO take their file names as literals, not as bound parameters.
 *
 * @example
 * sqlString("it's.csv") // "'it''s.csv'"
 */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
