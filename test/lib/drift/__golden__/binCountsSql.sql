-- params: [1.5,20.25]
select map_keys("h0")::VARCHAR[] as "c0_bins", map_values("h0")::BIGINT[] as "c0_counts", "c0_nulls", "c0_infinite", map_keys("h1")::VARCHAR[] as "c1_bins", map_values("h1")::BIGINT[] as "c1_counts", "c1_nulls", "rows"
from (select histogram(case when "amount"::DOUBLE is null or isnan("amount"::DOUBLE) then null when "amount"::DOUBLE < ? then 0 when "amount"::DOUBLE < ? then 1 else 2 end) as "h0", count(*) filter (where "amount"::DOUBLE is null or isnan("amount"::DOUBLE)) as "c0_nulls", count(*) filter (where isinf("amount"::DOUBLE)) as "c0_infinite", histogram("odd ""name"""::VARCHAR) as "h1", count(*) filter (where "odd ""name"""::VARCHAR is null) as "c1_nulls", count(*) as "rows"
from "drift_current")
