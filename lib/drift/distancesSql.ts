import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";

/**
 * The SQL twin of ksTest's statistic and of wasserstein, for every numeric column of two
 * tables in one query: both windows' finite values per column, grouped by value, the two
 * empirical CDFs as cumulative counts / n (as scipy divides), then per column (rows in the
 * order given, `column` its index): `n1`, `n2`, `dmax` = max(F₁ − F₂), `dmin` = min(F₁ − F₂)
 * (D is the larger of dmax and −dmin, see {@link ksFromExtremes}) and `wasserstein` =
 * Σ |F₁ − F₂|·(next value − value). A column with no values in a window gives nulls.
 *
 * @example distancesSql("drift_reference", "drift_current", ["amount"]).text.includes("lead(x)") // => true
 */
export function distancesSql(reference: string, current: string, columns: readonly string[]): SqlFragment {
  if (columns.length === 0) throw new RangeError(`distancesSql requires at least one column, got none`);
  const values = columns.flatMap((c, i) =>
    [reference, current].map((t, w) => sql`select ${i} as c, ${ident(c)}::DOUBLE as x, ${w} as w from ${ident(t)} where isfinite(${ident(c)}::DOUBLE)`),
  );
  return sql`with v as (
  ${join(values, "\n  union all ")}
), g as (
  select c, x, count(*) filter (where w = 0) as a, count(*) filter (where w = 1) as b from v group by c, x
), f as (
  select c, x, sum(a) over s as fa, sum(b) over s as fb, lead(x) over (partition by c order by x) as next
  from g window s as (partition by c order by x rows between unbounded preceding and current row)
), n as (
  select c, sum(a) as n1, sum(b) as n2 from g group by c
), d as (
  select c, n1, n2, fa / n1 - fb / n2 as diff, next - x as delta from f join n using (c)
)
select cs.c as "column", d.n1::BIGINT as n1, d.n2::BIGINT as n2, max(diff) as dmax, min(diff) as dmin, sum(abs(diff) * delta) as wasserstein
from (select unnest(range(${raw(String(columns.length))})) as c) cs left join d on cs.c = d.c
group by cs.c, d.n1, d.n2
order by cs.c`;
}

/**
 * The two-sample KS statistic from the extremes of F₁ − F₂, as ks_2samp picks it.
 *
 * @example ksFromExtremes(0.2, -0.5) // => 0.5
 */
export function ksFromExtremes(dmax: number, dmin: number): number {
  const minS = Math.min(1, Math.max(0, -dmin));
  return minS > dmax ? minS : dmax;
}
