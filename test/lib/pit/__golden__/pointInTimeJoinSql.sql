-- params: [2592000000,2592000000]
WITH "__pit_spine" AS (SELECT *, rowid AS "__pit_row" FROM "training spine"),
"__pit_v0" AS (SELECT "customer_id", "event_timestamp" AS "__pit_ts", "amount_sum_7d", "txn_count_7d" FROM "txn_stats" WHERE "event_timestamp" IS NOT NULL AND "customer_id" IS NOT NULL QUALIFY row_number() OVER (PARTITION BY "customer_id", "event_timestamp" ORDER BY "created_timestamp" DESC NULLS LAST, rowid DESC) = 1),
"__pit_v1" AS (SELECT "customer_id", "merchant_id", "ts" AS "__pit_ts", "odd ""name""" FROM "pair_stats" WHERE "ts" IS NOT NULL AND "customer_id" IS NOT NULL AND "merchant_id" IS NOT NULL QUALIFY row_number() OVER (PARTITION BY "customer_id", "merchant_id", "ts" ORDER BY "load_order" DESC) = 1)
SELECT s.* EXCLUDE ("__pit_row"),
  CASE WHEN "__pit_v0"."__pit_ts" >= s."event_timestamp" - to_milliseconds(CAST(? AS BIGINT)) THEN "__pit_v0"."amount_sum_7d" END AS "txn_stats__amount_sum_7d",
  CASE WHEN "__pit_v0"."__pit_ts" >= s."event_timestamp" - to_milliseconds(CAST(? AS BIGINT)) THEN "__pit_v0"."txn_count_7d" END AS "txn_stats__txn_count_7d",
  "__pit_v1"."odd ""name""" AS "pair__odd ""name"""
FROM "__pit_spine" s
ASOF LEFT JOIN "__pit_v0" ON s."customer_id" = "__pit_v0"."customer_id" AND s."event_timestamp" >= "__pit_v0"."__pit_ts"
ASOF LEFT JOIN "__pit_v1" ON s."customer_id" = "__pit_v1"."customer_id" AND s."merchant_id" = "__pit_v1"."merchant_id" AND s."event_timestamp" >= "__pit_v1"."__pit_ts"
ORDER BY s."__pit_row"
