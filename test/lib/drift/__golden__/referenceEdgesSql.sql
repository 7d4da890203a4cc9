-- params: [0.25,0.5,0.75,0.25,0.5,0.75]
select quantile_cont("amount"::DOUBLE, [?, ?, ?]) filter (where isfinite("amount"::DOUBLE)) as "amount", quantile_cont("odd ""name"""::DOUBLE, [?, ?, ?]) filter (where isfinite("odd ""name"""::DOUBLE)) as "odd ""name"""
from "drift reference"
