import {meetsThreshold, type CheckSpec} from "../contracts/index.js";
import type {ContractCount} from "./contractTimeline.js";

/** The contract's verdict on one day's partition. */
export interface ContractDay {
  day: number;
  rows: number;
  /** "fail" when any rule fails, "warn" when a low-severity rule does, else "pass". */
  status: "pass" | "warn" | "fail";
  /** The ids of the rules that failed (or warned) that day, in the contract's order. */
  failing: string[];
  /** Rows breaking a failing rule, summed over the failing rules. */
  unexpected: number;
}

/**
 * Judges each day's counts (contractTimeline or its SQL) against the contract's
 * thresholds, as runContract judges a whole table: a percent rule on the day's rows, a
 * rows rule on the count; the row-count rules (e.g. `has_rows`) on the day's rows, so a
 * day when nothing arrived fails them. `days` days, in order.
 *
 * @example contractDays([{day: 0, rows: 10, check_id: "t.amount.required", unexpected: 1}], specs, 1)[0].failing // => ["t.amount.required"]
 */
export function contractDays(counts: readonly ContractCount[], specs: readonly CheckSpec[], days: number): ContractDay[] {
  const byId = new Map(specs.map((s) => [s.id, s]));
  const out: ContractDay[] = Array.from({length: days}, (_, day) => ({day, rows: 0, status: "pass", failing: [], unexpected: 0}));
  for (const c of counts) {
    const day = out[c.day];
    const spec = byId.get(c.check_id);
    if (!day || !spec) continue;
    day.rows = c.rows;
    const value = spec.unit === "percent" ? (c.rows ? (100 * c.unexpected) / c.rows : 0) : c.unexpected;
    if (!meetsThreshold(value, spec.threshold)) flag(day, spec, c.unexpected);
  }
  for (const spec of specs) {
    if (spec.measure.kind !== "rowCount") continue;
    for (const day of out) if (!meetsThreshold(day.rows, spec.threshold)) flag(day, spec, 0);
  }
  return out;
}

function flag(day: ContractDay, spec: CheckSpec, unexpected: number): void {
  day.failing.push(spec.id);
  day.unexpected += unexpected;
  if (spec.onViolation === "fail") day.status = "fail";
  else if (day.status === "pass") day.status = "warn";
}
