-- params: [0.05,0.45,0.55,0.95]
select quantile_disc("amount"::DOUBLE, [?, ?, ?, ?]) filter (where isfinite("amount"::DOUBLE)) as "amount"
from "t"
