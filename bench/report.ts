import type {CaseResult} from "./caseResult.js";

/** A case with its ratios to the baseline: of the medians, and of the best (fastest) runs. */
export type RatedCase = CaseResult & {ratio: number; bestMs: number; bestRatio: number};

/**
 * Adds each case's ratio to its baseline, by median and by best run (NaN when the baseline
 * did not run). On a loaded machine the best run is the one least slowed by other work.
 *
 * @example rate([{case: "a", ms: 2, runs: [2], baseline: "a"}, {case: "b", ms: 1, runs: [1], baseline: "a"}]).map((c) => c.ratio) // => [1, 0.5]
 */
export function rate<T extends Pick<CaseResult, "case" | "ms" | "runs" | "baseline">>(results: readonly T[]): (T & {ratio: number; bestMs: number; bestRatio: number})[] {
  const byCase = new Map(results.map((r) => [r.case, r]));
  const best = (r: T | undefined) => (r && r.runs.length ? Math.min(...r.runs) : NaN);
  return results.map((r) => ({...r, ratio: r.ms / (byCase.get(r.baseline)?.ms ?? NaN), bestMs: best(r), bestRatio: best(r) / best(byCase.get(r.baseline))}));
}

/** Where and under what load a suite ran: the header line of its text report. */
export interface RunContext {
  suite: string;
  scale: string;
  cores: number;
  memoryGb: number;
  loadavgBefore: string;
  loadavgAfter: string;
}

/**
 * A suite's text report: a header line (machine and load), the table, each distinct
 * `extra` once (named by the first word of the cases that share it) and the `notes`
 * (failures, agreement), one per line.
 *
 * @example textReport({suite: "pit", scale: "small", cores: 2, memoryGb: 24, loadavgBefore: "1.0", loadavgAfter: "2.0"}, [], ["ok"]) // => "\npit · scale small · 2 cores, 24 GB · load average 1.0 → 2.0\ncase  ms (median)  ratio  best ms  best ratio  peak RSS MB  RSS before MB  runs ms\n----  -----------  -----  -------  ----------  -----------  -------------  -------\nok\n"
 */
export function textReport(context: RunContext, cases: readonly RatedCase[], notes: readonly string[]): string {
  const {suite, scale, cores, memoryGb, loadavgBefore, loadavgAfter} = context;
  const extras = new Map<string, string[]>();
  for (const c of cases) {
    const text = Object.entries(c.extra ?? {}).map(([k, v]) => `${k} ${v}`).join(", ");
    if (text) extras.set(text, [...(extras.get(text) ?? []), c.case]);
  }
  const extraLines = [...extras].map(([text, names]) => `  ${names.length > 1 ? names[0]!.split(" ")[0] : names[0]}: ${text}`);
  const lines = [`\n${suite} · scale ${scale} · ${cores} cores, ${memoryGb} GB · load average ${loadavgBefore} → ${loadavgAfter}`, textTable(cases), ...extraLines, ...notes];
  return `${lines.join("\n")}\n`;
}

/** The cases as a fixed-width text table: median and best times with their ratios, peak memory, every run. */
export function textTable(cases: readonly RatedCase[]): string {
  const times = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "–");
  const header = ["case", "ms (median)", "ratio", "best ms", "best ratio", "peak RSS MB", "RSS before MB", "runs ms"];
  const rows = cases.map((c) => [
    c.case, c.ms.toFixed(0), times(c.ratio), c.bestMs.toFixed(0), times(c.bestRatio),
    String(c.peakRssMb), String(c.rssBeforeMb), c.runs.map((r) => r.toFixed(0)).join(" "),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** One JSON object for a case: the fields of CaseResult flattened with its ratio. */
export function jsonLine(c: RatedCase, context: Record<string, unknown>): string {
  const {extra, ...rest} = c;
  const round = (x: number, digits: number) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);
  return JSON.stringify({...rest, ratio: round(c.ratio, 4), ms: round(c.ms, 1), bestMs: round(c.bestMs, 1), bestRatio: round(c.bestRatio, 4), runs: c.runs.map((r) => Number(r.toFixed(1))), ...extra, ...context});
}

/** Whether every case's check agrees, grouped by check text: one line says which cases gave what. */
export function agreement(cases: readonly Pick<CaseResult, "case" | "check">[]): {agree: boolean; text: string} {
  const groups = new Map<string, string[]>();
  for (const c of cases) groups.set(c.check, [...(groups.get(c.check) ?? []), c.case]);
  if (groups.size === 1) return {agree: true, text: `all ${cases.length} paths agree: ${cases[0]?.check}`};
  return {agree: false, text: `PATHS DISAGREE:\n${[...groups].map(([check, names]) => `  ${names.join(", ")}: ${check}`).join("\n")}`};
}
