import {ident, join, sql, type SqlFragment} from "../sql/index.js";

/** One feature's sums per class: what chi² and ANOVA F need, and what SQL can compute. */
export interface ClassSums {
  /** The class labels, ascending. */
  readonly classes: number[];
  /** Rows of each class with a value (NaN left out). */
  readonly count: number[];
  /** Σx per class. */
  readonly sum: number[];
  /** Σx² per class. */
  readonly sumSq: number[];
}

/**
 * Count, Σx and Σx² of `x` per class of `y` (rows where x is NaN left out; classes ascending).
 *
 * @example classSums([1, 2, 3, NaN], [0, 1, 1, 1]) // => {classes: [0, 1], count: [1, 2], sum: [1, 5], sumSq: [1, 13]}
 */
export function classSums(x: ArrayLike<number>, y: ArrayLike<number>): ClassSums {
  if (x.length !== y.length) throw new Error(`classSums requires as many labels as values, got ${y.length} and ${x.length}`);
  const byClass = new Map<number, [number, number, number]>();
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    const c = Number(y[i]);
    if (c !== c) throw new Error(`classSums requires a label on every row, got NaN at index ${i}`);
    let s = byClass.get(c);
    if (!s) byClass.set(c, (s = [0, 0, 0]));
    if (v !== v) continue;
    s[0]++;
    s[1] += v;
    s[2] += v * v;
  }
  const classes = [...byClass.keys()].sort((a, b) => a - b);
  return {classes, count: classes.map((c) => byClass.get(c)![0]), sum: classes.map((c) => byClass.get(c)![1]), sumSq: classes.map((c) => byClass.get(c)![2])};
}

/** Input of {@link classSumsSql}. */
export interface ClassSumsSqlInput {
  readonly table: string;
  /** The class column (integer labels). */
  readonly label: string;
  /** Numeric feature columns. */
  readonly features: readonly string[];
}

/**
 * {@link classSums} of several features in one DuckDB pass: a row per class with
 * `<f>__n`, `<f>__sum` and `<f>__sum_sq` (DOUBLE) per feature. NaN becomes null first
 * (DuckDB holds NaN equal to NaN), so nulls and NaN are left out alike.
 *
 * @example classSumsSql({table: "t", label: "y", features: ["x"]}).text // => 'WITH v AS (SELECT "y"::DOUBLE AS class, nullif("x"::DOUBLE, \'NaN\'::DOUBLE) AS "x" FROM "t")\nSELECT class, count("x") AS "x__n", sum("x") AS "x__sum", sum("x" * "x") AS "x__sum_sq"\nFROM v GROUP BY class ORDER BY class'
 */
export function classSumsSql(input: ClassSumsSqlInput): SqlFragment {
  const values = input.features.map((f) => sql`nullif(${ident(f)}::DOUBLE, 'NaN'::DOUBLE) AS ${ident(f)}`);
  const sums = input.features.map((f) => sql`count(${ident(f)}) AS ${ident(`${f}__n`)}, sum(${ident(f)}) AS ${ident(`${f}__sum`)}, sum(${ident(f)} * ${ident(f)}) AS ${ident(`${f}__sum_sq`)}`);
  return sql`WITH v AS (SELECT ${ident(input.label)}::DOUBLE AS class, ${join(values)} FROM ${ident(input.table)})
SELECT class, ${join(sums)}
FROM v GROUP BY class ORDER BY class`;
}

/**
 * The {@link ClassSums} of `feature` read from rows of {@link classSumsSql} (plain objects, bigint counts allowed).
 *
 * @example classSumsFromRows([{class: 0, x__n: 1n, x__sum: 1, x__sum_sq: 1}], "x") // => {classes: [0], count: [1], sum: [1], sumSq: [1]}
 */
export function classSumsFromRows(rows: readonly Readonly<Record<string, unknown>>[], feature: string): ClassSums {
  const num = (row: Readonly<Record<string, unknown>>, key: string) => Number(row[key] ?? 0);
  return {
    classes: rows.map((r) => num(r, "class")),
    count: rows.map((r) => num(r, `${feature}__n`)),
    sum: rows.map((r) => num(r, `${feature}__sum`)),
    sumSq: rows.map((r) => num(r, `${feature}__sum_sq`)),
  };
}
