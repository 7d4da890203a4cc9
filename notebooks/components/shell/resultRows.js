// A query result (from runSql) as plain row objects for charts and prose: DuckDB's
// BIGINT counts arrive as BigInt, which Plot, Math and templates cannot mix with numbers,
// so they become numbers here (exact below 2^53: counts always are).
export function resultRows(result) {
  const table = result?.table ?? result;
  return table.toArray().map((row) => {
    const out = row.toJSON();
    for (const key of Object.keys(out)) if (typeof out[key] === "bigint") out[key] = Number(out[key]);
    return out;
  });
}
