import type {Table} from "apache-arrow";
import {columnValues} from "../sql/tableColumns.js";

/** The verdict on a learner's single number. */
export interface ValueComparison {
  readonly correct: boolean;
  readonly expected: number;
  /** The answer as a number (null: not a number). */
  readonly actual: number | null;
  readonly message: string;
}

/**
 * Compares a learner's number with the lab's: within `tolerance` (absolute) is correct;
 * otherwise it says whether the answer is too high or too low and by how much. Strings
 * that parse as numbers are read ("0.12", "1e-3"); BIGINTs are numbers.
 *
 * @example compareValue(0.1234, "0.1235", {tolerance: 0.001}).correct // => true
 * @example compareValue(10, 12).message // => "12 is too high: the answer is not within 1e-9 of the lab's value."
 */
export function compareValue(expected: number, actual: unknown, options: {tolerance?: number; unit?: string} = {}): ValueComparison {
  const tolerance = options.tolerance ?? 1e-9;
  if (!Number.isFinite(expected)) throw new Error(`compareValue requires a finite expected value, got ${expected}`);
  if (!(tolerance >= 0)) throw new Error(`compareValue requires a tolerance ≥ 0, got ${options.tolerance}`);
  const x = asNumber(actual);
  const unit = options.unit ? ` ${options.unit}` : "";
  if (x === null) {
    const shown = actual === null || actual === undefined || actual === "" ? "nothing" : JSON.stringify(String(actual));
    return {correct: false, expected, actual: null, message: `The answer must be a number; got ${shown}.`};
  }
  if (Math.abs(x - expected) <= tolerance) return {correct: true, expected, actual: x, message: `Correct: ${show(x)}${unit} (within ${tolerance} of the lab's ${show(expected)}).`};
  const direction = x > expected ? "too high" : "too low";
  return {correct: false, expected, actual: x, message: `${show(x)}${unit} is ${direction}: the answer is not within ${tolerance} of the lab's value.`};
}

/**
 * The single value of a one-row, one-column query result, or what is wrong with its
 * shape in words (an exercise asks for one number).
 *
 * @example singleValue(tableFromArrays({psi: [0.2]})) // => {value: 0.2, problem: null}
 */
export function singleValue(table: Table): {value: unknown; problem: string | null} {
  const columns = table.schema.fields.length;
  if (columns !== 1) return {value: null, problem: `The query must return one column (the answer); it returned ${columns}: ${table.schema.fields.map((f) => f.name).join(", ") || "none"}.`};
  if (table.numRows !== 1) return {value: null, problem: `The query must return one row; it returned ${table.numRows.toLocaleString("en-US")}.`};
  return {value: columnValues(table.getChildAt(0)!)[0], problem: null};
}

function asNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string" && v.trim() !== "") {
    const x = Number(v.trim());
    return Number.isFinite(x) ? x : null;
  }
  return null;
}

function show(x: number): string {
  return Number.isInteger(x) ? x.toLocaleString("en-US") : String(Number(x.toPrecision(8)));
}
