import type {ContractResult} from "./runContract.js";

// en-US whatever the locale, as the checks' messages count rows.
const rowCount = new Intl.NumberFormat("en-US");

/**
 * A contract run as text for a terminal: a verdict line (naming the object and its
 * physicalName when they differ), one line per check (the failing ones with up to three
 * sample rows) and a tally.
 *
 * @example textReport(result, "c.yaml", "t.csv").split("\n")[0] // => "c.yaml on t.csv: PASS (3 rows, 5 checks)"
 */
export function textReport(result: ContractResult, contract: string, data: string): string {
  const width = Math.max(0, ...result.checks.map((c) => c.id.length));
  const object = result.physicalName ? `object ${result.object}, table ${result.physicalName}; ` : "";
  const lines = [`${contract} on ${data}: ${result.status.toUpperCase()} (${object}${rowCount.format(result.rows)} rows, ${result.checks.length} checks)`];
  for (const c of result.checks) {
    const label = c.status === "pass" ? "pass " : c.status.toUpperCase().padEnd(5);
    lines.push(`  ${label} ${c.id.padEnd(width)}  ${c.message}`);
    for (const sample of c.samples.slice(0, 3)) lines.push(`  ${" ".repeat(6 + width)}  e.g. ${JSON.stringify(sample)}`);
  }
  const tally = (["pass", "warn", "fail", "error"] as const).map((s) => `${result.checks.filter((c) => c.status === s).length} ${s}`);
  lines.push(tally.join(", "));
  return lines.join("\n");
}
