import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";
import {castType, mayBeNaN, typeCategory, typedValue, typeViolation, type Column} from "./columnTypes.js";
import type {LogicalType} from "./contract.js";
import type {RowTest} from "./contractChecks.js";
import {patternMatch} from "./patternMatch.js";

/**
 * The SQL condition that is TRUE for a row violating `test` on `column` (a NULL result
 * counts as no violation). Names are quoted identifiers and values bound parameters, except a
 * pattern (an escaped literal, for speed: see patternMatch); an expression rule's SQL, written
 * by the contract's author, is spliced in as is. Text tests read a VARCHAR column as is and
 * any other column cast to VARCHAR. `known` text values (the column's enum) are tested
 * against a pattern once per query rather than once per row (see patternMatch).
 *
 * NaN in a FLOAT or DOUBLE column is a value, not a null (a null rule does not count it),
 * and lies outside every range: it violates a minimum and a maximum rule alike (±Infinity
 * only the bound it passes). A listed NaN (YAML `.nan`) matches NaN, as DuckDB's NaN = NaN.
 * referenceCounts counts the same.
 *
 * @example rowPredicate({kind: "below", bound: 0, inclusive: false}, {name: "amount", type: "DOUBLE"}, "number").text // => '("amount" < ? OR isnan("amount"))'
 * @example rowPredicate({kind: "above", bound: 9, inclusive: true}, {name: "n", type: "BIGINT"}, "integer").text // => '"n" >= ?'
 */
export function rowPredicate(test: RowTest, column: Column | undefined, declared?: LogicalType, known: readonly string[] = []): SqlFragment {
  if (test.kind === "expression") return sql`NOT (${raw(test.sql)})`;
  if (!column) throw new Error(`rowPredicate requires a column for a ${test.kind} test, got none`);
  const col = ident(column.name);
  const value = typedValue(declared, column);
  const text = typeCategory(column.type) === "string" ? col : sql`CAST(${col} AS VARCHAR)`;
  switch (test.kind) {
    case "null":
      return sql`${col} IS NULL`;
    case "missing": {
      const listed = test.values.filter((v) => v !== null && v !== undefined);
      return listed.length ? sql`(${col} IS NULL OR ${inList(listed, value, text)})` : sql`${col} IS NULL`;
    }
    case "invalid": {
      const valid: SqlFragment[] = [];
      const values = test.validValues?.filter((v) => v !== null && v !== undefined);
      if (values) valid.push(values.length ? inList(values, value, text) : raw("false"));
      if (test.pattern !== undefined) valid.push(patternMatch(text, test.pattern, known));
      return sql`(${col} IS NOT NULL AND NOT (${join(valid, " AND ")}))`;
    }
    // NaN is outside every range: it breaks a minimum and a maximum alike. DuckDB orders NaN
    // above every number, so `x > max` already holds for it, but `x < min` needs isnan.
    case "below": {
      const below = sql`${value} ${raw(test.inclusive ? "<=" : "<")} ${bound(test.bound, declared)}`;
      return mayBeNaN(declared, column) ? sql`(${below} OR isnan(${value}))` : below;
    }
    case "above":
      return sql`${value} ${raw(test.inclusive ? ">=" : ">")} ${bound(test.bound, declared)}`;
    case "length": {
      const parts: SqlFragment[] = [];
      if (test.min !== undefined) parts.push(sql`length(${text}) < ${test.min}`);
      if (test.max !== undefined) parts.push(sql`length(${text}) > ${test.max}`);
      return sql`(${join(parts, " OR ")})`;
    }
    case "type":
      return typeViolation(test.logicalType, column);
  }
}

/**
 * Whether the value is one of the listed values (bound), compared as numbers when every listed
 * value is one, else as text. `list_contains([...], x)` is `x IN (...)` for a non-null x, and
 * 1.5–7× faster in DuckDB 1.4 (natively it runs once per dictionary entry).
 */
function inList(values: unknown[], value: SqlFragment, text: SqlFragment): SqlFragment {
  const numeric = values.every((v) => typeof v === "number");
  const params = values.map((v) => (numeric ? (v as number) : typeof v === "string" ? v : JSON.stringify(v)));
  return sql`list_contains([${join(params)}], ${numeric ? value : text})`;
}

/** A bound for a range test, cast to the declared temporal type when it is one. */
function bound(b: number | string, declared?: LogicalType): SqlFragment {
  const target = declared && castType[declared];
  if (typeof b === "string" && target && ["DATE", "TIMESTAMP", "TIME"].includes(target)) return sql`CAST(${b} AS ${raw(target)})`;
  return sql`${b}`;
}
