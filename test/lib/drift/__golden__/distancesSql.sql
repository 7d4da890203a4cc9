-- params: [0,0,0,1,1,0,1,1]
with v as (
  select ? as c, "amount"::DOUBLE as x, ? as w from "drift_reference" where isfinite("amount"::DOUBLE)
  union all select ? as c, "amount"::DOUBLE as x, ? as w from "drift_current" where isfinite("amount"::DOUBLE)
  union all select ? as c, "txn_count_7d"::DOUBLE as x, ? as w from "drift_reference" where isfinite("txn_count_7d"::DOUBLE)
  union all select ? as c, "txn_count_7d"::DOUBLE as x, ? as w from "drift_current" where isfinite("txn_count_7d"::DOUBLE)
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
from (select unnest(range(2)) as c) cs left join d on cs.c = d.c
group by cs.c, d.n1, d.n2
order by cs.c
