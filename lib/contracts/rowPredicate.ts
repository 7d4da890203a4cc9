import {ident, join, raw, sql, sqlStringLiteral, type SqlFragment} from "../sql/index.js";
import {castType, mayBeNaN, typeCategory, typedType, typedValue, typeFit, typeViolation, type Column} from "./columnTypes.js";
import type {LogicalType} from "./contract.js";
import type {RowTest} from "./contractChecks.js";
import {patternMatch} from "./patternMatch.js";

/**
 * The SQL condition that is TRUE for a row violating `test` on `column` (a NULL result
 * counts as no violation). Names are quoted identifiers and values bound parameters, except a
 * pattern (an escaped literal, for speed: see patternMatch); an expression rule's SQL, written
 * by the contract's author, is spliced in as is. Text tests (length, pattern, listed text)
 * read a VARCHAR column as is and any other column as DuckDB's text for it, `CAST(x AS
 * VARCHAR)` (see duckdbText): a DOUBLE 1 is "1.0", NaN "nan", 1e16 "1e+16", a DECIMAL(9,2)
 * 1 "1.00", a TIMESTAMP "2024-01-02 03:04:05.12". A listed number compares as a number
 * when the column reads as numbers (see inList). `known` text values (the column's enum) are tested
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
export function rowPredicate(test: RowTest, column: Column | undefined, declared?: LogicalType, known: readonly string[] = [], strptime?: string): SqlFragment {
  if (test.kind === "expression") return sql`NOT (${raw(test.sql)})`;
  if (!column) throw new Error(`rowPredicate requires a column for a ${test.kind} test, got none`);
  const col = ident(column.name);
  const value = typedValue(declared, column, strptime);
  const text = typeCategory(column.type) === "string" ? col : sql`CAST(${col} AS VARCHAR)`;
  switch (test.kind) {
    case "null":
      return sql`${col} IS NULL`;
    case "missing": {
      const listed = test.values.filter((v) => v !== null && v !== undefined);
      return listed.length ? sql`(${col} IS NULL OR ${inList(listed, value, text, typedType(declared, column))})` : sql`${col} IS NULL`;
    }
    case "invalid": {
      const valid: SqlFragment[] = [];
      const values = test.validValues?.filter((v) => v !== null && v !== undefined);
      if (values) valid.push(values.length ? inList(values, value, text, typedType(declared, column)) : raw("false"));
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
    case "length":
      return outside(sql`length(${text})`, test.min, test.max);
    case "type":
      return typeViolation(test.logicalType, column, strptime);
    case "range":
      return outside(value, test.min, test.max);
    case "multipleOf":
      // A quotient within 1e-9 of a whole number: 0.3 is a multiple of 0.1, though 0.3 % 0.1 is not 0 in doubles.
      return sql`(NOT isfinite(CAST(${value} AS DOUBLE)) OR abs(CAST(${value} AS DOUBLE) / ${test.step} - round(CAST(${value} AS DOUBLE) / ${test.step})) > 1e-9)`;
    case "format":
      // Only text has a format: typed dates and times are values, whatever text they were read from.
      return typeCategory(column.type) === "string" ? sql`(${col} IS NOT NULL AND try_strptime(${col}, ${test.strptime}) IS NULL)` : raw("false");
    case "items":
      return outside(sql`len(${col})`, test.min, test.max);
    case "fieldCount": {
      // An object's present fields: the non-null fields of a STRUCT, the entries of a MAP.
      const fields = structFields(column.type);
      const count = /^MAP\(/i.test(column.type) ? sql`cardinality(${col})`
        : fields.length ? sql`(${join(fields.map((f) => sql`CAST(struct_extract(${col}, ${raw(sqlStringLiteral(f))}) IS NOT NULL AS INTEGER)`), " + ")})` : raw("0");
      return sql`(${col} IS NOT NULL AND ${outside(count, test.min, test.max)})`;
    }
    case "uniqueItems":
      return sql`len(list_distinct(${col})) < list_aggregate(${col}, 'count')`;
    case "itemType": {
      const element = listElement(column.type);
      const item = {name: "fslab_item", type: element ?? "VARCHAR"};
      const fit = typeFit(test.logicalType, item);
      if (fit === "fits") return raw("false");
      if (fit === "mismatch") return sql`list_aggregate(${col}, 'count') > 0`;
      return sql`list_bool_or([${typeViolation(test.logicalType, item)} FOR ${ident("fslab_item")} IN ${col}])`;
    }
  }
}

/** TRUE when `x` is below `min` or above `max` (either may be absent). */
function outside(x: SqlFragment, min?: number, max?: number): SqlFragment {
  const parts: SqlFragment[] = [];
  if (min !== undefined) parts.push(sql`${x} < ${min}`);
  if (max !== undefined) parts.push(sql`${x} > ${max}`);
  return sql`(${join(parts, " OR ")})`;
}

/**
 * The field names of a DuckDB STRUCT type name, in order; none for another type.
 *
 * @example [structFields('STRUCT("a b" VARCHAR, c STRUCT(d INTEGER), e DECIMAL(9,2))'), structFields("VARCHAR")] // => [["a b", "c", "e"], []]
 */
export function structFields(type: string): string[] {
  const m = /^STRUCT\((.*)\)$/is.exec(type.trim());
  if (!m) return [];
  const fields: string[] = [];
  let depth = 0, start = 0, quoted = false;
  const body = m[1]!;
  const name = (part: string) => {
    const t = part.trim();
    if (t.startsWith('"')) return t.slice(1, nextQuote(t)).replaceAll('""', '"');
    return t.split(/\s/)[0]!;
  };
  for (let i = 0; i <= body.length; ++i) {
    const c = body[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "(") ++depth;
    else if (!quoted && c === ")") --depth;
    else if (!quoted && depth === 0 && (c === "," || c === undefined)) {
      fields.push(name(body.slice(start, i)));
      start = i + 1;
    }
  }
  return fields;
}

/** The index of the quote closing a quoted name that starts at 0 (`""` is an escaped quote). */
function nextQuote(text: string): number {
  for (let i = 1; i < text.length; ++i) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') ++i;
      else return i;
    }
  }
  return text.length;
}

/**
 * The element type of a DuckDB LIST type name (`BIGINT[]` → `BIGINT`), or undefined for another type.
 *
 * @example [listElement("BIGINT[]"), listElement("STRUCT(a INTEGER)[]"), listElement("VARCHAR")] // => ["BIGINT", "STRUCT(a INTEGER)", undefined]
 */
export function listElement(type: string): string | undefined {
  const m = /^(.*)\[\]$/s.exec(type.trim());
  return m ? m[1] : undefined;
}

/**
 * Whether the value is one of the listed values (bound). A listed number compares as a
 * number with the value read as its declared type when that is a number type (`1` matches
 * a DOUBLE 1.0 and an INTEGER 1; on a FLOAT column it is first rounded to 32 bits, as the
 * column stores it, and one too large for a FLOAT matches nothing); on any other column
 * it compares as JavaScript writes it ("1", "NaN"). Listed text compares with the value's
 * text (`"1"` does not match a DOUBLE 1.0, whose text is "1.0"; `"1.0"` does).
 * `list_contains([...], x)` is `x IN (...)` for a non-null x, and 1.5–7× faster in DuckDB
 * 1.4 (natively it runs once per dictionary entry).
 */
function inList(values: unknown[], value: SqlFragment, text: SqlFragment, valueType: string): SqlFragment {
  const numeric = ["integer", "number"].includes(typeCategory(valueType));
  const float = /^(FLOAT|REAL|FLOAT4)$/i.test(valueType);
  const numbers: number[] = [];
  const texts: string[] = [];
  for (const v of values) {
    if (typeof v === "number" && numeric) {
      const x = float ? Math.fround(v) : v;
      if (Number.isFinite(x) || !Number.isFinite(v)) numbers.push(x);
    } else texts.push(typeof v === "string" ? v : typeof v === "number" ? String(v) : JSON.stringify(v));
  }
  const parts: SqlFragment[] = [];
  if (numbers.length) parts.push(sql`list_contains([${join(numbers)}], ${value})`);
  if (texts.length) parts.push(sql`list_contains([${join(texts)}], ${text})`);
  return parts.length === 0 ? raw("false") : parts.length === 1 ? parts[0]! : sql`(${join(parts, " OR ")})`;
}

/** A bound for a range test, cast to the declared temporal type when it is one. */
function bound(b: number | string, declared?: LogicalType): SqlFragment {
  const target = declared && castType[declared];
  if (typeof b === "string" && target && ["DATE", "TIMESTAMP", "TIME"].includes(target)) return sql`CAST(${b} AS ${raw(target)})`;
  return sql`${b}`;
}
