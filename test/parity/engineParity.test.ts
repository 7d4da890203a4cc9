import type {Table} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {tableColumns, type SqlEngine, type SqlValue} from "../../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../../src/engines/index.js";
import {parityTables} from "./parityTables.js";

// Representative analytic queries; each orders its rows completely.
const QUERIES: Record<string, [string, SqlValue[]?]> = {
  "aggregates with FILTER and DISTINCT": [`
    select channel, count(*) n, count(amount) n_amount, sum(amount) total, avg(amount) mean, min(amount) lo, max(amount) hi,
      stddev_samp(amount) sd, count(distinct customer_id) customers, sum(amount) filter (where is_fraud) fraud_total,
      bool_or(is_fraud) any_fraud, count(*) filter (where is_fraud) / count(*) fraud_rate
    from events group by channel order by channel nulls last`],
  "integer sums (HUGEINT) and decimals": [`
    select customer_id, sum(event_id) s, round(avg(amount), 2)::decimal(12,2) mean2, sum(amount::decimal(18,2)) exact
    from events group by all order by customer_id`],
  "window functions: row_number, lag, rows and range frames, rank": [`
    select event_id, row_number() over w rn, lag(amount) over w prev,
      sum(amount) over (w rows between 2 preceding and current row) roll3,
      sum(amount) over (partition by customer_id order by event_timestamp range between interval 7 days preceding and current row) sum_7d,
      count(*) over (partition by customer_id order by event_timestamp range between interval 7 days preceding and current row) n_7d,
      rank() over (partition by channel order by amount desc nulls last) rk
    from events window w as (partition by customer_id order by event_timestamp, event_id) order by event_id`],
  "ASOF LEFT JOIN on key and time": [`
    select e.event_id, e.event_timestamp, p.event_timestamp profile_ts, p.segment, p.credit_limit
    from events e asof left join profiles p on e.customer_id = p.customer_id and e.event_timestamp >= p.event_timestamp
    order by e.event_id`],
  "quantile_cont, median, quantile_disc": [`
    select channel, quantile_cont(amount, 0.5) p50, quantile_cont(amount, [0.1, 0.9, 0.99]) ps, median(amount) med,
      quantile_disc(amount, 0.95) p95
    from events group by channel order by channel nulls last`],
  "timestamp arithmetic": [`
    select event_id, date_trunc('day', event_timestamp) as day_start, event_timestamp + interval 7 day as week_later,
      epoch_ms(event_timestamp) as ms, datediff('hour', timestamp '2026-01-01', event_timestamp) as n_hours,
      strftime(event_timestamp, '%Y-%m-%d %H:%M') as label, extract(dow from event_timestamp) as dow,
      cast(event_timestamp as date) as d, event_timestamp::timestamp as ts_us,
      time_bucket(interval 6 hour, event_timestamp::timestamp) as bucket
    from events order by event_id`],
  "strings": [`
    select merchant, lower(merchant) lo, upper(merchant) up, length(merchant) len, substr(merchant, 2, 3) mid,
      regexp_matches(merchant, '^[a-z]') starts_lower, merchant like '%a%' has_a, replace(merchant, ' ', '_') under,
      string_agg(distinct channel, ',' order by channel) channels, count(*) n
    from events group by merchant order by merchant`],
  "lists": [`select customer_id, list(event_id order by event_id) ids from events where customer_id <= 5 group by 1 order by 1`],
  "latest row per key with QUALIFY": [`
    select * from profiles
    qualify row_number() over (partition by customer_id order by event_timestamp desc, created_timestamp desc) = 1
    order by customer_id`],
  "nulls, CASE and histogram bins": [`
    select floor(amount / 50) * 50 bin, count(*) n, count(*) filter (where channel is null) no_channel,
      case when bin is null then 'missing' when bin >= 200 then 'big' else 'small' end size
    from events group by all order by bin nulls first`],
  "bound parameters: Date, string, number, bigint": [
    "select count(*) n, sum(amount) s, min(event_id) as first_id from events where event_timestamp >= ? and channel = ? and amount > ? and event_id > ?",
    [new Date(Date.UTC(2026, 0, 10)), "web", 10, 5n],
  ],
};

function schemaOf(table: Table): [string, string, boolean][] {
  return table.schema.fields.map((f) => [f.name, String(f.type), f.nullable]);
}

describe("engine parity: the same queries give identical schema and values on Node-WASM and native DuckDB", () => {
  let wasm: SqlEngine;
  let native: SqlEngine;
  beforeAll(async () => {
    [wasm, native] = await Promise.all([createNodeWasmEngine(), createNativeEngine()]);
    const {events, profiles} = parityTables(7);
    for (const engine of [wasm, native]) {
      await engine.loadArrow("events", events);
      await engine.loadArrow("profiles", profiles);
    }
  });
  afterAll(async () => {
    await Promise.all([wasm?.close(), native?.close()]);
  });

  it.each(Object.entries(QUERIES))("%s", async (_, [text, params]) => {
    const [a, b] = await Promise.all([wasm.query(text, params), native.query(text, params)]);
    expect(a.numRows).toBeGreaterThan(0);
    expect(schemaOf(b)).toEqual(schemaOf(a));
    expect(tableColumns(b)).toEqual(tableColumns(a));
  });
});
