import {fingerprintTable} from "../fingerprint/index.js";
import {checkTolerance, isClose} from "./isClose.js";
import {skewReport, type SkewColumn} from "./skewReport.js";
import {featureTable} from "./transformEvents.js";
import type {WindowEvents, WindowFeature} from "./transformVariants.js";

const DAY = 86_400_000, HOUR = 3_600_000;

/** A hand-written unit test of a 7-day window feature: events and the values DESIGN's window (t − w, t], nulls skipped, gives them. */
export interface TransformCase {
  id: "boundary" | "nulls" | "decimals";
  title: string;
  events: WindowEvents;
  /** The expected feature per event, for each aggregate; null where the answer is null. */
  expected: Record<WindowFeature["agg"], (number | null)[]>;
}

const events = (key: number[], time: number[], value: (number | null)[]): WindowEvents => ({
  id: Int32Array.from(key, (_, i) => i + 1), key: Int32Array.from(key), time: Float64Array.from(time), value: Float64Array.from(value, (v) => v ?? NaN),
});

/** The unit tests, over a 7-day window (their own: they do not change with the page's window). */
export const transformCases: readonly TransformCase[] = [
  {
    id: "boundary",
    title: "an event exactly 7 days before another, and two at the same instant",
    // customer 1: 10 at day 0, 20 and 5 both at day 7 (exactly one window later); customer 2: 100 at day 7
    events: events([1, 1, 1, 2], [0, 7 * DAY, 7 * DAY, 7 * DAY], [10, 20, 5, 100]),
    expected: {sum: [10, 25, 25, 100], count: [1, 2, 2, 1], mean: [10, 12.5, 12.5, 100]},
  },
  {
    id: "nulls",
    title: "null amounts: a window of nulls only, then a value",
    events: events([1, 1, 1, 1], [0, HOUR, 2 * HOUR, 3 * HOUR], [null, null, 30, null]),
    expected: {sum: [null, null, 30, 30], count: [0, 0, 1, 1], mean: [null, null, 30, 30]},
  },
  {
    id: "decimals",
    title: "decimal amounts: 0.1 then 0.7 an hour later",
    events: events([1, 1], [0, HOUR], [0.1, 0.7]),
    expected: {sum: [0.1, 0.8], count: [1, 2], mean: [0.1, 0.4]},
  },
];

/** The outcome of one unit test: the rows whose value is not the expected one within the tolerance (null only equals null). */
export interface CaseResult {
  id: TransformCase["id"];
  passed: boolean;
  failures: {row: number; expected: number | null; got: number | null}[];
}

/**
 * Runs a unit test on a variant's output for its events (NaN = null), comparing each
 * value with the expected one by numpy's isclose at rtol/atol.
 *
 * @example runTransformCase(transformCases[0], "sum", Float64Array.of(10, 35, 35, 100), 1e-6, 1e-9).failures.length // => 2
 */
export function runTransformCase(c: TransformCase, agg: WindowFeature["agg"], got: Float64Array, rtol: number, atol: number): CaseResult {
  checkTolerance("runTransformCase", rtol, atol);
  const expected = c.expected[agg];
  if (got.length !== expected.length) throw new RangeError(`runTransformCase requires one value per event of case ${c.id} (${expected.length}), got ${got.length}`);
  const failures: CaseResult["failures"] = [];
  expected.forEach((e, row) => {
    const g = got[row]!;
    const same = e === null ? g !== g : g === g && isClose(g, e, rtol, atol);
    if (!same) failures.push({row, expected: e, got: g === g ? g : null});
  });
  return {id: c.id, passed: failures.length === 0, failures};
}

/** A check in the lab's shape; `fail` means the test caught a difference. */
export interface TransformCheck {
  id: string;
  status: "pass" | "fail";
  value: number | string | null;
  threshold: number | string;
  message: string;
}

/** How a candidate implementation compares with the reference, and which tests notice. */
export interface TransformComparison {
  rows: number;
  /** Rows whose values are not identical (bit for bit, or null in one only). */
  differing: number;
  /** Rows where exactly one side is null. */
  null_mismatch: number;
  max_abs_diff: number | null;
  /** The skew report's column for the feature (match rate, status, first examples by txn_id). */
  skew: SkewColumn;
  fingerprints: {reference: string; candidate: string};
  checks: TransformCheck[];
}

/** Tolerances of a comparison; the defaults are DESIGN's (`fslab skew`'s). */
export interface TransformCheckOptions {
  rtol?: number;
  atol?: number;
  minMatch?: number;
  examples?: number;
}

/**
 * Compares a candidate implementation of a window feature with the reference over the
 * same events, with the tests a team could have written: the fingerprints of (txn_id,
 * feature) equal (lib/fingerprint; exact), the skew report's status at rtol/atol and
 * min-match (lib/skew's skewReport), and each unit test of {@link transformCases} on the
 * candidate's output for its events (`cases`, in the cases' order; the reference's own
 * outputs are not needed: the expected values are written down). A check fails when it
 * notices the candidate differs.
 *
 * @example transformChecks(transformCases[0].events, Float64Array.of(10, 25, 25, 100), Float64Array.of(10, 35, 35, 100), {agg: "sum", outputs: [Float64Array.of(10, 35, 35, 100), Float64Array.of(NaN, NaN, 30, 30), Float64Array.of(0.1, 0.8)]}).checks.map((c) => c.status) // => ["fail", "fail", "fail", "pass", "pass"]
 */
export function transformChecks(events: WindowEvents, reference: Float64Array, candidate: Float64Array, cases: {agg: WindowFeature["agg"]; outputs: Float64Array[]}, options: TransformCheckOptions = {}): TransformComparison {
  const {rtol = 1e-6, atol = 1e-9, minMatch = 0.99, examples = 5} = options;
  const [r, c] = [featureTable(events, reference), featureTable(events, candidate)];
  if (cases.outputs.length !== transformCases.length) throw new RangeError(`transformChecks requires one output per unit test (${transformCases.length}), got ${cases.outputs.length}`);
  const skew = skewReport(r, c, {key: ["txn_id"], columns: ["feature"], rtol, atol, minMatch, examples}).columns[0]!;
  const fingerprints = {reference: fingerprintTable(r).fingerprint, candidate: fingerprintTable(c).fingerprint};
  let differing = 0;
  for (let i = 0; i < reference.length; i++) if (!Object.is(reference[i], candidate[i]) && !(reference[i] !== reference[i] && candidate[i] !== candidate[i])) differing++;
  const checks: TransformCheck[] = [
    {id: "fingerprint", status: fingerprints.reference === fingerprints.candidate ? "pass" : "fail", value: fingerprints.candidate, threshold: fingerprints.reference, message: fingerprints.reference === fingerprints.candidate ? "fingerprints equal" : `fingerprint ${fingerprints.candidate} ≠ ${fingerprints.reference}`},
    {id: "skew", status: skew.status, value: skew.match_rate, threshold: minMatch, message: `match rate ${skew.match_rate === null ? "—" : skew.match_rate.toFixed(4)} ${skew.status === "pass" ? "≥" : "<"} ${minMatch} at rtol ${rtol}, atol ${atol}`},
    ...transformCases.map((t, i): TransformCheck => {
      const result = runTransformCase(t, cases.agg, cases.outputs[i]!, rtol, atol);
      const first = result.failures[0];
      return {id: `case:${t.id}`, status: result.passed ? "pass" : "fail", value: result.failures.length, threshold: 0, message: first ? `${t.id}: row ${first.row + 1} expected ${first.expected} got ${first.got}` : `${t.id}: every row as expected`};
    }),
  ];
  return {rows: reference.length, differing, null_mismatch: skew.null_mismatch, max_abs_diff: skew.max_abs_diff, skew, fingerprints, checks};
}
