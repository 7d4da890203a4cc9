import {sqlDouble} from "../drift/sqlDouble.js";
import {ident, sql, type SqlFragment} from "../sql/index.js";
import type {PreprocessColumn} from "./preprocessColumns.js";
import type {InputKind} from "./preprocessSpec.js";

/** The columns a transform sees while it is fitted or applied: inputs and earlier outputs. */
export interface ColumnSource {
  /** Rows in the table. */
  rows: number;
  /** The column `name`, which must be of one of `kinds`; `who` names the transform in errors. */
  column(name: string, kinds: readonly InputKind[], who: string): PreprocessColumn;
  /** Apply only: true on the training rows (target encoding out-of-fold). */
  training: boolean;
}

/** What a transform's SQL reads: the previous step's relation, rows numbered from 0 as `row`. */
export interface SqlSource {
  /** A numeric column as DOUBLE with NaN made NULL, as the TypeScript path reads it. */
  number(name: string): SqlFragment;
  /** A text column as VARCHAR (booleans as 'true'/'false'). */
  text(name: string): SqlFragment;
  /** A time column as epoch microseconds (BIGINT). */
  micros(name: string): SqlFragment;
  /** The kind of a column the step reads. */
  kind(name: string): InputKind;
  /** The 0-based row number in the input table. */
  row: SqlFragment;
  training: boolean;
}

/** One transform family: its inputs, how it is fitted, applied in TypeScript and compiled to SQL. */
export interface TransformFamily<S, T> {
  /** Input columns read and the kinds each accepts. */
  inputs(step: S): [string, readonly InputKind[]][];
  fit(step: S, source: ColumnSource): T;
  apply(transform: T, source: ColumnSource): [string, PreprocessColumn][];
  /** SQL expressions of the outputs over the previous relation. */
  sql(transform: T, source: SqlSource): [string, SqlFragment][];
  outputs(transform: T, kindOf: (column: string) => InputKind): [string, InputKind][];
}

/** A fitted number bound exactly (sqlDouble) and typed DOUBLE, so an integral value does not make a column INTEGER. */
export function sqlValue(value: number): SqlFragment {
  return sql`${sqlDouble(value)}::DOUBLE`;
}

/** A numeric column made NULL-for-NaN in SQL (DuckDB treats NaN = NaN as true). */
export function sqlNumber(name: string): SqlFragment {
  return sql`nullif(${ident(name)}::DOUBLE, 'NaN'::DOUBLE)`;
}

/** The non-null values of a numeric column, ascending. */
export function sortedValues(values: Float64Array): Float64Array {
  return values.filter((v) => v === v).sort();
}

/** Throws the error every fitter gives for a column without a usable training value. */
export function requireValues(n: number, who: string, column: string): void {
  if (n === 0) throw new RangeError(`fitPreprocess: ${who} on column ${JSON.stringify(column)} requires at least one non-null training value, got none`);
}

/** A numeric column's values, mapped with NaN (null) kept. */
export function mapNumbers(values: Float64Array, f: (x: number) => number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    out[i] = x === x ? f(x) : NaN;
  }
  return out;
}
