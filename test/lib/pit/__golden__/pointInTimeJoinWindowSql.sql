-- params: [2592000000]
WITH "__pit_spine" AS (SELECT *, rowid AS "__pit_row" FROM "training spine"),
"__pit_w0" AS (SELECT s."__pit_row", f."event_timestamp" AS "__pit_ts", f."amount_sum_7d", f."txn_count_7d"
  FROM "__pit_spine" s JOIN "txn_stats" f ON f."customer_id" = s."customer_id" AND f."event_timestamp" <= s."event_timestamp" AND f."event_timestamp" >= s."event_timestamp" - to_milliseconds(CAST(? AS BIGINT))
  QUALIFY row_number() OVER (PARTITION BY s."__pit_row" ORDER BY f."event_timestamp" DESC, f."created_timestamp" DESC NULLS LAST, f.rowid DESC) = 1),
"__pit_w1" AS (SELECT s."__pit_row", f."ts" AS "__pit_ts", f."odd ""name"""
  FROM "__pit_spine" s JOIN "pair_stats" f ON f."customer_id" = s."customer_id" AND f."merchant_id" = s."merchant_id" AND f."ts" <= s."event_timestamp"
  QUALIFY row_number() OVER (PARTITION BY s."__pit_row" ORDER BY f."ts" DESC, f."load_order" DESC) = 1)
SELECT s.* EXCLUDE ("__pit_row"),
  "__pit_w0"."amount_sum_7d" AS "txn_stats__amount_sum_7d",
  "__pit_w0"."txn_count_7d" AS "txn_stats__txn_count_7d",
  "__pit_w1"."odd ""name""" AS "pair__odd ""name"""
FROM "__pit_spine" s
LEFT JOIN "__pit_w0" ON "__pit_w0"."__pit_row" = s."__pit_row"
LEFT JOIN "__pit_w1" ON "__pit_w1"."__pit_row" = s."__pit_row"
ORDER BY s."__pit_row"
