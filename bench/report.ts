import type {CaseResult} from "./caseResult.js";

/** A case with its ratio to the suite's baseline (NaN when the baseline did not run). */
export type RatedCase = CaseResult & {ratio: number};

/**
 * Adds each case's ratio to its baseline's median time.
 *
 * @example rate([{case: "a", ms: 2, baseline: "a"}, {case: "b", ms: 1, baseline: "a"}]).map((c) => c.ratio) // => [1, 0.5]
 */
export function rate<T extends Pick<CaseResult, "case" | "ms" | "baseline">>(results: readonly T[]): (T & {ratio: number})[] {
  const byCase = new Map(results.map((r) => [r.case, r]));
  return results.map((r) => ({...r, ratio: r.ms / (byCase.get(r.baseline)?.ms ?? NaN)}));
}

/** The cases as a fixed-width text table: time, ratio, peak memory and the agreement check. */
export function textTable(cases: readonly RatedCase[]): string {
  const header = ["case", "ms (median)", "ratio", "peak RSS MB", "RSS before MB", "runs ms"];
  const rows = cases.map((c) => [
    c.case, c.ms.toFixed(0), Number.isFinite(c.ratio) ? `${c.ratio.toFixed(2)}×` : "–",
    String(c.peakRssMb), String(c.rssBeforeMb), c.runs.map((r) => r.toFixed(0)).join(" "),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** One JSON object for a case: the fields of CaseResult flattened with its ratio. */
export function jsonLine(c: RatedCase, context: Record<string, unknown>): string {
  const {extra, ...rest} = c;
  return JSON.stringify({...rest, ratio: Number.isFinite(c.ratio) ? Number(c.ratio.toFixed(4)) : null, ms: Number(c.ms.toFixed(1)), runs: c.runs.map((r) => Number(r.toFixed(1))), ...extra, ...context});
}

/** Whether every case's check agrees, grouped by check text: one line says which cases gave what. */
export function agreement(cases: readonly Pick<CaseResult, "case" | "check">[]): {agree: boolean; text: string} {
  const groups = new Map<string, string[]>();
  for (const c of cases) groups.set(c.check, [...(groups.get(c.check) ?? []), c.case]);
  if (groups.size === 1) return {agree: true, text: `all ${cases.length} paths agree: ${cases[0]?.check}`};
  return {agree: false, text: `PATHS DISAGREE:\n${[...groups].map(([check, names]) => `  ${names.join(", ")}: ${check}`).join("\n")}`};
}
