// The drift page's colours (drift.md): the two windows, and one palette for the PSI status
// bands, the same hues as the quality dashboard's ok / warn / fail.
export const windowColors = {reference: "#8a94a6", current: "#275fa8"};
export const driftStatusColors = {ok: "#4c9a5b", warn: "#e6a23c", drift: "#b3261e", no_data: "#9498a0"};
export const driftStatuses = ["ok", "warn", "drift", "no_data"];

/** The PSI bands as rectangles (DESIGN: below warn ok, from warn warn, from threshold drift), clipped at `top`. */
export function psiBands({warn = 0.1, threshold = 0.25} = {}, top = 1) {
  return [
    {status: "ok", from: 0, to: Math.min(warn, top)},
    {status: "warn", from: warn, to: Math.min(threshold, top)},
    {status: "drift", from: threshold, to: Math.max(threshold, top)},
  ].filter((b) => b.to > b.from);
}

/** A number for a table or a label: 3 significant digits, small ones in exponent form. */
export function formatStat(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a < 1e-3) return x.toExponential(1).replace("e-", "e−");
  if (a >= 1e5) return x.toExponential(2).replace("e+", "e");
  return x.toPrecision(3).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}
