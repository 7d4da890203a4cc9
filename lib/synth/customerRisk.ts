import {Table} from "apache-arrow";
import {HOUR} from "./catalog.js";
import {int32Column, timestampColumn} from "./columns.js";
import type {Customers} from "./customers.js";
import {createRng} from "./random.js";
import type {Transactions} from "./transactions.js";

/**
 * The `customer_risk` table, the tempting leak: a customer's cumulative
 * chargeback_count, with a row at signup (chargebacks before the world: Poisson with
 * mean 0.05 × risk) and a row each time a fraud label arrives (event_timestamp = the
 * label's arrival; created_timestamp a lognormal median `lagMs`, default 30 min,
 * later). Joined by "latest value" instead of point in time, a transaction sees its own
 * future chargeback. Rows sorted by event_timestamp, then customer_id.
 *
 * Columns: customer_id, event_timestamp, created_timestamp, chargeback_count.
 *
 * @example
 * const start = Date.UTC(2026, 0, 1);
 * const population = customers(7, 100, start);
 * const tx = transactions(7, population, merchants(7, 20), {start, days: 30, count: 1000});
 * customerRisk(7, population, tx, labelArrivals(7, tx, {end: Date.UTC(2026, 0, 31)})).numRows // => 114
 */
export function customerRisk(seed: number, population: Customers, tx: Transactions, labelMs: Float64Array, lagMs = HOUR / 2): Table {
  const rng = createRng(seed, "customer_risk");
  const events: [number, number][] = []; // [time, customer index]
  for (let c = 0; c < population.count; ++c) events.push([population.signupMs[c]!, c]);
  for (let i = 0; i < tx.count; ++i) if (tx.isFraud[i] && labelMs[i] === labelMs[i]) events.push([labelMs[i]!, tx.customerId[i]! - 1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const counts = Int32Array.from(population.risk, (r) => rng.poisson(0.05 * r));
  const seen = new Uint8Array(population.count);
  const n = events.length;
  const id = new Int32Array(n), chargebacks = new Int32Array(n), event = new Float64Array(n), created = new Float64Array(n);
  for (let r = 0; r < n; ++r) {
    const [t, c] = events[r]!;
    if (seen[c]) counts[c]! += 1;
    seen[c] = 1;
    id[r] = c + 1;
    chargebacks[r] = counts[c]!;
    event[r] = t;
    created[r] = t + Math.round(rng.logNormal(Math.log(lagMs), 1));
  }
  return new Table({
    customer_id: int32Column(id),
    event_timestamp: timestampColumn(event),
    created_timestamp: timestampColumn(created),
    chargeback_count: int32Column(chargebacks),
  });
}
