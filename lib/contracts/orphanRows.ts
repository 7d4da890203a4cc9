/**
 * A foreign key's reference, in plain loops: the rows of the referencing side whose key
 * (every column non-null) has no equal key on the referenced side, as the contract's
 * relationship check counts them in SQL (NOT EXISTS; a row with a null key column is not
 * an orphan, as in SQL's MATCH SIMPLE). Keys compare as text when their types differ,
 * as the check's SQL casts them (1 and "1" match). Returns the orphans' row indices.
 *
 * @example orphanRows([["north", "north", null], [1, 7, 2]], [["north"], [1]]) // => [1]
 */
export function orphanRows(from: readonly (readonly unknown[])[], to: readonly (readonly unknown[])[]): number[] {
  if (from.length === 0 || from.length !== to.length) throw new Error(`orphanRows requires as many key columns on each side (at least one), got ${from.length} and ${to.length}`);
  const rows = from[0]!.length;
  if (from.some((c) => c.length !== rows)) throw new Error(`orphanRows requires referencing key columns of one length, got ${from.map((c) => c.length).join(", ")}`);
  const targetRows = to[0]!.length;
  if (to.some((c) => c.length !== targetRows)) throw new Error(`orphanRows requires referenced key columns of one length, got ${to.map((c) => c.length).join(", ")}`);
  const keyOf = (columns: readonly (readonly unknown[])[], r: number) => JSON.stringify(columns.map((c) => text(c[r])));
  const known = new Set<string>();
  for (let r = 0; r < targetRows; r++) if (to.every((c) => c[r] !== null && c[r] !== undefined)) known.add(keyOf(to, r));
  const orphans: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (from.some((c) => c[r] === null || c[r] === undefined)) continue;
    if (!known.has(keyOf(from, r))) orphans.push(r);
  }
  return orphans;
}

function text(v: unknown): string {
  return typeof v === "bigint" ? v.toString() : String(v);
}
