// UTC date-times for tables: epoch milliseconds (Arrow timestamps, epoch_ms(...) columns)
// as "2026-01-02 17:14:53", short enough that a table of several timestamps fits the page.

/** Epoch ms → "YYYY-MM-DD HH:MM:SS" (UTC); null → "". */
export function utcSecond(ms) {
  return ms === null || ms === undefined ? "" : new Date(Number(ms)).toISOString().slice(0, 19).replace("T", " ");
}

/** Epoch ms → "YYYY-MM-DD HH:MM" (UTC); null → "". */
export function utcMinute(ms) {
  return ms === null || ms === undefined ? "" : new Date(Number(ms)).toISOString().slice(0, 16).replace("T", " ");
}
