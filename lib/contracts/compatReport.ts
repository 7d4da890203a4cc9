import type {Contract} from "./contract.js";
import type {CompatibilityVerdict} from "./compatibility.js";

/**
 * A compatibility verdict as text for a terminal (what `fslab compat` prints): the versions
 * and change count, one line per change with its level and the directions it breaks, the
 * changes found against older versions (transitive modes), then the verdict.
 *
 * @example compatReport(checkCompatibility([v1], v2, "backward"), [v1], v2).split("\n").at(-1) // => "COMPATIBLE (backward): 2.0.0 is backward compatible with 1.0.0: upgrade consumers first, then producers"
 */
export function compatReport(verdict: CompatibilityVerdict, earlier: readonly Contract[], next: Contract): string {
  const latest = earlier[earlier.length - 1];
  if (latest === undefined) throw new Error("compatReport requires at least one earlier version, got none");
  const count = verdict.changes.length;
  const lines = [`${next.id}: ${latest.version} → ${next.version} (${count} change${count === 1 ? "" : "s"})`];
  for (const c of verdict.changes) {
    const breaks = [c.breaksBackward && "backward", c.breaksForward && "forward"].filter(Boolean).join(" and ");
    lines.push(`  ${c.level.padEnd(7)} ${c.message}${breaks ? ` [breaks ${breaks}]` : ""}`);
  }
  for (const b of verdict.breaking.filter((b) => b.version !== latest.version)) {
    lines.push(`  vs ${b.version}: ${b.change.level} ${b.change.message} [breaks ${b.direction}]`);
  }
  lines.push(`${verdict.compatible ? "COMPATIBLE" : "INCOMPATIBLE"} (${verdict.mode}): ${verdict.message}`);
  return lines.join("\n");
}
