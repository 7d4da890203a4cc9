-- params: []
WITH "__pit_spine" AS (SELECT *, "n" AS "__pit_row" FROM "training spine"),
"__latest_v0" AS (SELECT "customer_id", "ts" AS "__pit_ts", "count" FROM "features" WHERE "ts" IS NOT NULL QUALIFY row_number() OVER (PARTITION BY "customer_id" ORDER BY "ts" DESC, "created" DESC NULLS LAST, rowid DESC) = 1),
"__latest_v1" AS (SELECT "customer_id", "merchant_id", "ts" AS "__pit_ts", "odd ""name""" FROM "pair_stats" WHERE "ts" IS NOT NULL QUALIFY row_number() OVER (PARTITION BY "customer_id", "merchant_id" ORDER BY "ts" DESC, rowid DESC) = 1)
SELECT s.* EXCLUDE ("__pit_row"),
  "__latest_v0"."count" AS "risk__count",
  "__latest_v0"."__pit_ts" AS "risk__event_timestamp",
  "__latest_v1"."odd ""name""" AS "pair__odd ""name""",
  "__latest_v1"."__pit_ts" AS "pair__event_timestamp"
FROM "__pit_spine" s
LEFT JOIN "__latest_v0" ON s."customer_id" = "__latest_v0"."customer_id"
LEFT JOIN "__latest_v1" ON s."customer_id" = "__latest_v1"."customer_id" AND s."merchant_id" = "__latest_v1"."merchant_id"
ORDER BY s."__pit_row"
