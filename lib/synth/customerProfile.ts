import {Table} from "apache-arrow";
import {DAY, HOUR, regions, segments} from "./catalog.js";
import {float64Column, int32Column, timestampColumn, utf8Column} from "./columns.js";
import type {Customers} from "./customers.js";
import {createRng} from "./random.js";

/** Options of {@link customerProfile}. */
export interface CustomerProfileOptions {
  /** The world's first instant (epoch ms). */
  start: number;
  /** The world's length in days. */
  days: number;
  /** Mean number of profile changes per customer during the world (default 0.5). */
  changesPerCustomer?: number;
}

/**
 * The slowly changing `customer_profile` table: one row at signup, then one per change
 * (60% a credit-limit change, 25% a move to another region, 15% a segment upgrade),
 * sorted by customer_id then event_timestamp. Profiles land in the warehouse through a
 * nightly batch: created_timestamp is 02:00–02:30 UTC the day after the change.
 *
 * Columns: customer_id, segment, region, credit_limit, event_timestamp, created_timestamp.
 *
 * @example
 * const start = Date.UTC(2026, 0, 1);
 * customerProfile(7, customers(7, 3, start), {start, days: 90}).numRows // => 5
 */
export function customerProfile(seed: number, population: Customers, options: CustomerProfileOptions): Table {
  const {start, days, changesPerCustomer = 0.5} = options;
  const rng = createRng(seed, "customer_profile");
  const id: number[] = [], segment: number[] = [], region: number[] = [], credit: number[] = [], event: number[] = [];
  for (let c = 0; c < population.count; ++c) {
    let s = population.segment[c]!, r = population.region[c]!, limit = population.creditLimit[c]!;
    const push = (t: number) => (id.push(c + 1), segment.push(s), region.push(r), credit.push(limit), event.push(t));
    push(population.signupMs[c]!);
    const changes = Float64Array.from({length: rng.poisson(changesPerCustomer)}, () => start + Math.floor(rng.uniform() * days * DAY)).sort();
    for (const t of changes) {
      const kind = rng.uniform();
      if (kind < 0.6 || (kind >= 0.85 && s === segments.length - 1)) limit = Math.max(100, Math.round((limit * rng.logNormal(0.1, 0.3)) / 100) * 100);
      else if (kind < 0.85) r = (r + 1 + rng.int(regions.length - 1)) % regions.length;
      else s += 1;
      push(t);
    }
  }
  const created = Float64Array.from(event, (t) => (Math.floor(t / DAY) + 1) * DAY + 2 * HOUR + Math.floor(rng.uniform() * HOUR / 2));
  return new Table({
    customer_id: int32Column(Int32Array.from(id)),
    segment: utf8Column(segment, segments),
    region: utf8Column(region, regions),
    credit_limit: float64Column(Float64Array.from(credit)),
    event_timestamp: timestampColumn(Float64Array.from(event)),
    created_timestamp: timestampColumn(created),
  });
}
