import * as arrow from "apache-arrow";

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const MERCHANTS = ["acme", "Bäckerei Müller", "café 'du' coin", "<b>bold</b> & co", "数据 shop", "zeta", "O\"Hara"];
const CHANNELS = ["web", "pos", "app"];
const SEGMENTS = ["consumer", "smb", "enterprise"];

/** mulberry32: a small seeded generator, so both engines load the very same rows. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded events and customer profiles for the engine-parity queries. */
export function parityTables(seed: number, events = 3000, customers = 60): {events: arrow.Table; profiles: arrow.Table} {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const e = {id: [] as number[], customer: [] as number[], ts: [] as number[], amount: [] as (number | null)[], channel: [] as (string | null)[], merchant: [] as string[], fraud: [] as boolean[]};
  for (let i = 0; i < events; i++) {
    e.id.push(i + 1);
    e.customer.push(1 + Math.floor(r() * customers));
    e.ts.push(START + Math.floor(r() * 30 * 24) * 3_600_000 + (r() < 0.2 ? 0 : Math.floor(r() * 3_600_000))); // ties on the hour
    e.amount.push(r() < 0.05 ? null : Math.round(r() ** 3 * 50_000) / 100);
    e.channel.push(r() < 0.03 ? null : pick(CHANNELS));
    e.merchant.push(pick(MERCHANTS));
    e.fraud.push(r() < 0.04);
  }
  const p = {customer: [] as number[], ts: [] as number[], created: [] as number[], segment: [] as string[], limit: [] as (number | null)[]};
  for (let c = 1; c <= customers; c++) {
    let ts = START - DAY * 10;
    for (let k = 0; k < 1 + Math.floor(r() * 5); k++) {
      ts += DAY + Math.floor(r() * 8 * DAY); // strictly increasing per customer: ASOF matches are unique
      p.customer.push(c);
      p.ts.push(ts);
      p.created.push(ts + Math.floor(r() * DAY));
      p.segment.push(pick(SEGMENTS));
      p.limit.push(r() < 0.1 ? null : 1000 * (1 + Math.floor(r() * 20)));
    }
  }
  return {
    events: new arrow.Table({
      event_id: arrow.vectorFromArray(e.id, new arrow.Int32()),
      customer_id: arrow.vectorFromArray(e.customer, new arrow.Int32()),
      event_timestamp: arrow.vectorFromArray(e.ts, new arrow.TimestampMillisecond()),
      amount: arrow.vectorFromArray(e.amount, new arrow.Float64()),
      channel: arrow.vectorFromArray(e.channel, new arrow.Utf8()),
      merchant: arrow.vectorFromArray(e.merchant, new arrow.Utf8()),
      is_fraud: arrow.vectorFromArray(e.fraud, new arrow.Bool()),
    }),
    profiles: new arrow.Table({
      customer_id: arrow.vectorFromArray(p.customer, new arrow.Int32()),
      event_timestamp: arrow.vectorFromArray(p.ts, new arrow.TimestampMillisecond()),
      created_timestamp: arrow.vectorFromArray(p.created, new arrow.TimestampMillisecond()),
      segment: arrow.vectorFromArray(p.segment, new arrow.Utf8()),
      credit_limit: arrow.vectorFromArray(p.limit, new arrow.Float64()),
    }),
  };
}
