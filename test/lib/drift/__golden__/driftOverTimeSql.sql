-- params: ["day",1.5,20.25,0,1,0,"0",3,0,"1",4,0,"2",5,1,"a",2,1,"b",3,0,"amount",1,"odd \"name\"",1e-8,1e-8]
with src as (
  select epoch_ms(date_trunc(?, "event_timestamp")) as window_start, (case when "amount"::DOUBLE is null or isnan("amount"::DOUBLE) then null when "amount"::DOUBLE < ? then 0 when "amount"::DOUBLE < ? then 1 else 2 end)::VARCHAR as "b0", "odd ""name"""::VARCHAR as "b1"
  from "days" where "event_timestamp" is not null
), windows as (
  select window_start, count(*) as "rows" from src group by window_start
), counts as (
  select window_start, ? as c, "b0" as bin, count(*) as n from src where "b0" is not null group by all
  union all select window_start, ? as c, "b1" as bin, count(*) as n from src where "b1" is not null group by all
), ref(c, bin, r) as (
  values (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?)
), names(c, "column") as (
  values (?, ?), (?, ?)
), grid as (
  select window_start, c, bin from windows cross join ref
  union
  select window_start, c, bin from counts
), tallies as (
  select g.window_start, g.c, coalesce(ref.r, 0) as r, coalesce(counts.n, 0) as n
  from grid g left join ref using (c, bin) left join counts using (window_start, c, bin)
), smoothed as (
  select window_start, c, n, r / sum(r) over w + ? as p0, n / sum(n) over w + ? as q0, sum(n) over w as total
  from tallies window w as (partition by window_start, c)
), props as (
  select window_start, c, n, total, p0 / sum(p0) over w as p, q0 / sum(q0) over w as q
  from smoothed where total > 0 window w as (partition by window_start, c)
), divergences as (
  select window_start, c,
    sum((q - p) * ln(q / p)) as psi,
    0.5 * sum(case when p > 0 then p * ln(p / ((p + q) / 2)) else 0 end) + 0.5 * sum(case when q > 0 then q * ln(q / ((p + q) / 2)) else 0 end) as js,
    sum(n) as n
  from props group by window_start, c
)
select w.window_start, names."column", d.psi, greatest(0, least(ln(2), d.js)) as js, coalesce(d.n, 0)::BIGINT as n, (w."rows" - coalesce(d.n, 0)) / w."rows" as null_share
from windows w cross join names left join divergences d on d.window_start = w.window_start and d.c = names.c
order by w.window_start, names.c
