import {DataType, type Field, type Table} from "apache-arrow";
import {fingerprintTable} from "../fingerprint/fingerprintTable.js";
import {columnValues} from "../sql/tableColumns.js";

/** How a learner's table is compared with the lab's. */
export interface CompareTablesOptions {
  /** Columns that identify a row: with them, rows are matched by key and the first differing value is named. */
  readonly key?: readonly string[];
  /** Numbers within this absolute or relative difference are equal (default 1e-9). */
  readonly tolerance?: number;
  /** Columns of the answer beyond the expected ones are accepted (default false). */
  readonly allowExtraColumns?: boolean;
}

/** One value where the answer and the lab disagree. */
export interface CellDifference {
  /** The row's key, formatted: `customer_id = 17, as_of = 2024-03-01 00:00:00`. */
  readonly row: string;
  readonly column: string;
  readonly expected: string;
  readonly actual: string;
}

/** The verdict on a learner's table: correct, or what is wrong, in numbers and in words. */
export interface TableComparison {
  readonly correct: boolean;
  /** "fingerprint": the tables' fingerprints are equal; "tolerance": equal row by row within the tolerance; null when wrong. */
  readonly method: "fingerprint" | "tolerance" | null;
  readonly expectedRows: number;
  readonly actualRows: number;
  readonly missingColumns: readonly string[];
  readonly extraColumns: readonly string[];
  /** Expected rows the answer lacks (by key, or as whole rows without one). */
  readonly missingRows: number;
  /** Rows of the answer the lab does not have. */
  readonly extraRows: number;
  /** Keys that occur more than once in the answer. */
  readonly duplicateKeys: number;
  readonly firstMissing: string | null;
  readonly firstExtra: string | null;
  /** With a key: the first row (in the lab's order) present in both whose values differ. */
  readonly firstDifference: CellDifference | null;
  /** One or two sentences for the learner. */
  readonly message: string;
}

/**
 * Compares a learner's result table with the lab's own: equal fingerprints (any row
 * order) or the same rows within `tolerance` are correct; otherwise it says what is wrong,
 * in this order: missing or extra columns, missing or extra rows (the first of each),
 * duplicate keys, then the first differing value. Column names match case-insensitively,
 * as DuckDB's identifiers do; integers, BIGINTs and floats of equal value are equal.
 *
 * @example compareTables(tableFromArrays({id: [1, 2]}), tableFromArrays({id: [2, 1]})).correct // => true
 * @example compareTables(tableFromArrays({id: [1, 2]}), tableFromArrays({id: [1]})).message // => "1 expected row is missing (first: id = 2)."
 */
export function compareTables(expected: Table, actual: Table, options: CompareTablesOptions = {}): TableComparison {
  const tolerance = options.tolerance ?? 1e-9;
  if (!(tolerance >= 0)) throw new Error(`compareTables requires a tolerance ≥ 0, got ${options.tolerance}`);
  const expectedFields = expected.schema.fields;
  const actualByName = new Map(actual.schema.fields.map((f, i) => [f.name.toLowerCase(), i] as const));
  const key = options.key ?? [];
  for (const name of key) {
    if (!expectedFields.some((f) => f.name === name)) throw new Error(`compareTables requires key columns of the expected table (${expectedFields.map((f) => f.name).join(", ")}), got "${name}"`);
  }
  const missingColumns = expectedFields.filter((f) => !actualByName.has(f.name.toLowerCase())).map((f) => f.name);
  const expectedNames = new Set(expectedFields.map((f) => f.name.toLowerCase()));
  const extraColumns = options.allowExtraColumns ? [] : actual.schema.fields.filter((f) => !expectedNames.has(f.name.toLowerCase())).map((f) => f.name);
  const base = {expectedRows: expected.numRows, actualRows: actual.numRows, missingColumns, extraColumns};
  const none = {missingRows: 0, extraRows: 0, duplicateKeys: 0, firstMissing: null, firstExtra: null, firstDifference: null};
  if (missingColumns.length > 0 || extraColumns.length > 0) {
    const parts: string[] = [];
    if (missingColumns.length > 0) parts.push(`${plural(missingColumns.length, "column")} missing: ${missingColumns.join(", ")}`);
    if (extraColumns.length > 0) parts.push(`${plural(extraColumns.length, "column")} not asked for: ${extraColumns.join(", ")}`);
    const want = expectedFields.map((f) => f.name).join(", ");
    return {correct: false, method: null, ...base, ...none, message: `${capitalise(parts.join("; "))} (the answer should have: ${want}).`};
  }

  const fields = expectedFields;
  const actualIndex = fields.map((f) => actualByName.get(f.name.toLowerCase())!);
  if (!options.allowExtraColumns && sameFingerprint(expected, actual, fields, actualIndex)) {
    return {correct: true, method: "fingerprint", ...base, ...none, message: `Correct: the same ${plural(expected.numRows, "row")} as the lab's (equal fingerprints).`};
  }
  const want = fields.map((f) => columnValues(expected.getChild(f.name)!));
  const got = actualIndex.map((i) => columnValues(actual.getChildAt(i)!));
  const format = fields.map((f) => formatterFor(f));
  const rowText = (columns: unknown[][], r: number, names: readonly number[]) => names.map((c) => `${fields[c]!.name} = ${format[c]!(columns[c]![r])}`).join(", ");
  const allColumns = fields.map((_, c) => c);

  if (key.length > 0) {
    const keyColumns = key.map((name) => fields.findIndex((f) => f.name === name));
    const keyOf = (columns: unknown[][], r: number) => keyColumns.map((c) => canonical(columns[c]![r], 0)).join("\u0001");
    const actualRowsByKey = new Map<string, number[]>();
    for (let r = 0; r < actual.numRows; r++) {
      const k = keyOf(got, r);
      const list = actualRowsByKey.get(k);
      if (list === undefined) actualRowsByKey.set(k, [r]);
      else list.push(r);
    }
    let missingRows = 0;
    let firstMissing: string | null = null;
    let firstDifference: CellDifference | null = null;
    let differing = 0;
    const expectedKeys = new Set<string>();
    for (let r = 0; r < expected.numRows; r++) {
      const k = keyOf(want, r);
      expectedKeys.add(k);
      const match = actualRowsByKey.get(k);
      if (match === undefined) {
        if (missingRows++ === 0) firstMissing = rowText(want, r, keyColumns);
        continue;
      }
      const a = match[0]!;
      const c = allColumns.find((c) => !sameValue(want[c]![r], got[c]![a], tolerance));
      if (c !== undefined) {
        differing++;
        firstDifference ??= {row: rowText(want, r, keyColumns), column: fields[c]!.name, expected: format[c]!(want[c]![r]), actual: format[c]!(got[c]![a])};
      }
    }
    let extraRows = 0;
    let firstExtra: string | null = null;
    let duplicateKeys = 0;
    for (const [k, rows] of actualRowsByKey) {
      if (!expectedKeys.has(k)) {
        if (extraRows === 0) firstExtra = rowText(got, rows[0]!, keyColumns);
        extraRows += rows.length;
      } else if (rows.length > 1) duplicateKeys++;
    }
    const parts: string[] = [];
    if (missingRows > 0) parts.push(`${missingText(missingRows)} (first: ${firstMissing})`);
    if (extraRows > 0) parts.push(`${extraText(extraRows)} (first: ${firstExtra})`);
    if (duplicateKeys > 0) parts.push(`${plural(duplicateKeys, "key")} ${duplicateKeys === 1 ? "occurs" : "occur"} more than once: each of ${key.join(", ")} should give one row`);
    if (firstDifference !== null) {
      const d = firstDifference;
      parts.push(`${plural(differing, "row")} ${differing === 1 ? "has" : "have"} a different value; the first: at ${d.row}, ${d.column} should be ${d.expected}, the answer has ${d.actual}`);
    }
    const correct = parts.length === 0;
    const message = correct ? `Correct: the same ${plural(expected.numRows, "row")} as the lab's (within ${tolerance}).` : `${capitalise(parts.join("; "))}.`;
    return {correct, method: correct ? "tolerance" : null, ...base, missingRows, extraRows, duplicateKeys, firstMissing, firstExtra, firstDifference, message};
  }

  // No key: rows are compared as wholes, as a multiset, numbers rounded to the tolerance.
  const digits = tolerance > 0 ? Math.max(0, Math.min(15, Math.round(-Math.log10(tolerance)))) : 17;
  const counts = new Map<string, {n: number; row: number}>();
  for (let r = 0; r < expected.numRows; r++) {
    const k = allColumns.map((c) => canonical(want[c]![r], digits)).join("\u0001");
    const entry = counts.get(k);
    if (entry === undefined) counts.set(k, {n: 1, row: r});
    else entry.n++;
  }
  let extraRows = 0;
  let firstExtra: string | null = null;
  for (let r = 0; r < actual.numRows; r++) {
    const k = allColumns.map((c) => canonical(got[c]![r], digits)).join("\u0001");
    const entry = counts.get(k);
    if (entry !== undefined && entry.n > 0) entry.n--;
    else if (extraRows++ === 0) firstExtra = rowText(got, r, allColumns);
  }
  let missingRows = 0;
  let firstMissing: string | null = null;
  let firstMissingAt = Infinity;
  for (const {n, row} of counts.values()) {
    missingRows += n;
    if (n > 0 && row < firstMissingAt) {
      firstMissingAt = row;
      firstMissing = rowText(want, row, allColumns);
    }
  }
  const parts: string[] = [];
  if (missingRows > 0) parts.push(`${missingText(missingRows)} (first: ${firstMissing})`);
  if (extraRows > 0) parts.push(`${extraText(extraRows)} (first: ${firstExtra})`);
  const correct = parts.length === 0;
  const message = correct ? `Correct: the same ${plural(expected.numRows, "row")} as the lab's (within ${tolerance}).` : `${capitalise(parts.join("; "))}.`;
  return {correct, method: correct ? "tolerance" : null, ...base, missingRows, extraRows, duplicateKeys: 0, firstMissing, firstExtra, firstDifference: null, message};
}

function sameFingerprint(expected: Table, actual: Table, fields: readonly Field[], actualIndex: readonly number[]): boolean {
  // The answer's columns renamed to the lab's spelling, so the name-covering digest can agree.
  const renamed = actual.select(actualIndex.map((i) => actual.schema.fields[i]!.name));
  if (fields.some((f, i) => f.name !== renamed.schema.fields[i]!.name)) return false;
  return fingerprintTable(expected).fingerprint === fingerprintTable(renamed).fingerprint;
}

function sameValue(a: unknown, b: unknown, tolerance: number): boolean {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== null && y !== null) {
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
    if (x === y) return true;
    return Math.abs(x - y) <= tolerance * Math.max(1, Math.abs(x), Math.abs(y));
  }
  return canonical(a, 17) === canonical(b, 17);
}

function numeric(v: unknown): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.getTime();
  return null;
}

// A cell as a string that equal values share across Arrow types (1, 1n, 1.0 → "n:1").
function canonical(v: unknown, digits: number): string {
  if (v === null || v === undefined) return "null";
  const x = numeric(v);
  if (x !== null) {
    if (!Number.isFinite(x)) return `n:${x}`;
    if (digits >= 17 || Number.isInteger(x)) return `n:${x}`;
    return `n:${Number(x.toPrecision(Math.max(1, digits)))}`;
  }
  if (typeof v === "string") return `s:${v}`;
  if (typeof v === "boolean") return `b:${v}`;
  return `j:${JSON.stringify(v, (_, value) => (typeof value === "bigint" ? Number(value) : value))}`;
}

function formatterFor(field: Field): (v: unknown) => string {
  const temporal = DataType.isTimestamp(field.type) || DataType.isDate(field.type);
  return (v) => {
    if (v === null || v === undefined) return "NULL";
    const x = numeric(v);
    if (temporal && x !== null && Number.isFinite(x)) return new Date(x).toISOString().replace("T", " ").replace(/\.000Z$|Z$/, "");
    if (typeof v === "string") return JSON.stringify(v);
    if (x !== null) return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(10)));
    return JSON.stringify(v, (_, value) => (typeof value === "bigint" ? Number(value) : value));
  };
}

function missingText(n: number): string {
  return n === 1 ? "1 expected row is missing" : `${n} expected rows are missing`;
}

function extraText(n: number): string {
  return n === 1 ? "1 row is not expected" : `${n} rows are not expected`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
