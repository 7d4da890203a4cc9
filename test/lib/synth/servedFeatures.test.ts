import {tableToIPC, type Table} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {categories, DAY, HOUR} from "../../../lib/synth/catalog.js";
import {customerProfile, customers, dayOfWeek, generateWorld, merchants, servedFeatureNames, servedFeatures, transactions, txnStats, worldServedFeatures} from "../../../lib/synth/index.js";
import {column, days, start, tinySize} from "./worldFixture.js";

const population = customers(7, tinySize.customers, start);
const tx = transactions(7, population, merchants(7, tinySize.merchants), {start, days, count: tinySize.transactions});
const profile = customerProfile(7, population, {start, days});
const plain = servedFeatures(7, tx, profile, {rows: 500});
const bytes = (t: Table) => tableToIPC(t);
/** The 0-based transaction index of each request ("req-<txn_id>"). */
const txIndex = column<string>(plain.recomputed_features, "request_id").map((id) => Number(id.slice(4)) - 1);
/** Rows where two tables differ in `name` (NaN = NaN). */
const differing = (a: Table, b: Table, name: string) => {
  const [x, y] = [column(a, name), column(b, name)];
  return x.flatMap((v, i) => (Object.is(v, y[i]) ? [] : [i]));
};

describe("servedFeatures", () => {
  it("servedFeatures with every knob at 0 serves exactly what training recomputes, byte for byte", () => {
    expect(plain.served_features.numRows).toBe(500);
    expect(bytes(plain.served_features)).toEqual(bytes(plain.recomputed_features));
    expect(plain.served_features.schema.fields.map((f) => f.name)).toEqual(["request_id", "request_time", "customer_id", ...servedFeatureNames]);
  });

  it("servedFeatures(seed) is byte-identical for the same seed and options, and another seed samples other requests", () => {
    const options = {rows: 300, centsShare: 0.2, closedLeftShare: 0.3, timezoneHours: 9, stalenessHours: 24, nullsAsZeroShare: 0.5, float32Share: 0.5, unseenCategories: 3};
    const [a, b] = [servedFeatures(7, tx, profile, options), servedFeatures(7, tx, profile, options)];
    expect(bytes(a.served_features)).toEqual(bytes(b.served_features));
    expect(bytes(a.recomputed_features)).toEqual(bytes(b.recomputed_features));
    expect(column(servedFeatures(8, tx, profile, options).served_features, "request_id")).not.toEqual(column(a.served_features, "request_id"));
  });

  it("servedFeatures samples distinct requests in time order and recomputes txn_stats' windows at each request", () => {
    expect(new Set(txIndex).size).toBe(500);
    const times = column<number>(plain.recomputed_features, "request_time");
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    const stats = txnStats(7, tx);
    for (const name of ["amount_sum_7d", "txn_count_7d", "amount_mean_30d"]) {
      expect(column(plain.recomputed_features, name)).toEqual(txIndex.map((j) => stats.getChild(name)!.get(j)));
    }
    expect(column(plain.recomputed_features, "amount")).toEqual(txIndex.map((j) => (Number.isNaN(tx.amountCents[j]) ? null : tx.amountCents[j]! / 100)));
    expect(column(plain.recomputed_features, "day_of_week")).toEqual(times.map((t) => dayOfWeek(t)));
  });

  it("servedFeatures centsShare serves amount × 100 on about that share of rows, nothing else changes", () => {
    const {served_features: s} = servedFeatures(7, tx, profile, {rows: 500, centsShare: 0.2});
    const rows = differing(s, plain.served_features, "amount");
    expect(rows.length / 500).toBeGreaterThan(0.14);
    expect(rows.length / 500).toBeLessThan(0.26);
    for (const i of rows) expect(s.getChild("amount")!.get(i)).toBe(tx.amountCents[txIndex[i]!]);
    for (const name of servedFeatureNames.filter((n) => n !== "amount")) expect(differing(s, plain.served_features, name)).toEqual([]);
  });

  it("servedFeatures closedLeftShare 1 serves the 7-day window [t − 7d, t), by brute force over the customer's transactions", () => {
    const {served_features: s} = servedFeatures(7, tx, profile, {rows: 200, closedLeftShare: 1});
    const times = column<number>(s, "request_time"), ids = column<number>(s, "customer_id");
    const [sum, count] = [column<number>(s, "amount_sum_7d"), column<number>(s, "txn_count_7d")];
    times.forEach((t, r) => {
      let cents = 0, n = 0;
      for (let i = 0; i < tx.count; i++) {
        if (tx.customerId[i] !== ids[r] || tx.eventMs[i]! < t - 7 * DAY || tx.eventMs[i]! >= t) continue;
        n++;
        if (!Number.isNaN(tx.amountCents[i])) cents += tx.amountCents[i]!;
      }
      expect([sum[r], count[r]]).toEqual([cents / 100, n]);
    });
  });

  it("servedFeatures timezoneHours computes day_of_week at t + hours; stalenessHours reads the profile that long before t", () => {
    const {served_features: s} = servedFeatures(7, tx, profile, {rows: 500, timezoneHours: -5, stalenessHours: 24 * 20});
    const times = column<number>(s, "request_time"), ids = column<number>(s, "customer_id");
    expect(column(s, "day_of_week")).toEqual(times.map((t) => dayOfWeek(t - 5 * HOUR)));
    expect(differing(s, plain.served_features, "day_of_week").length).toBeGreaterThan(0);
    // Brute force: the customer's latest profile row at or before t − 20 days.
    const [pid, ptime, plimit, pseg] = ["customer_id", "event_timestamp", "credit_limit", "segment"].map((n) => column(profile, n));
    const want = times.map((t, r) => {
      let best = -1;
      pid!.forEach((c, i) => {
        if (c === ids[r] && (ptime![i] as number) <= t - 20 * DAY && (best < 0 || (ptime![i] as number) >= (ptime![best] as number))) best = i;
      });
      return best < 0 ? [null, null] : [plimit![best], pseg![best]];
    });
    expect(times.map((_, r) => [s.getChild("credit_limit")!.get(r), s.getChild("segment")!.get(r)])).toEqual(want);
    expect(differing(s, plain.served_features, "credit_limit").length).toBeGreaterThan(0);
  });

  it("servedFeatures nullsAsZeroShare 1 serves every null number as 0; float32Share 1 rounds every float to float32", () => {
    const zeros = servedFeatures(7, tx, profile, {rows: 500, nullsAsZeroShare: 1}).served_features;
    for (const name of ["amount", "amount_sum_7d", "amount_mean_30d", "days_since_last_txn", "credit_limit"]) {
      expect(zeros.getChild(name)!.nullCount).toBe(0);
      const [got, want] = [column(zeros, name), column(plain.recomputed_features, name)];
      expect(got).toEqual(want.map((v) => v ?? 0));
    }
    expect(plain.recomputed_features.getChild("days_since_last_txn")!.nullCount).toBeGreaterThan(0);
    const floats = servedFeatures(7, tx, profile, {rows: 500, float32Share: 1}).served_features;
    for (const name of ["amount", "amount_sum_7d", "amount_mean_30d", "days_since_last_txn", "credit_limit"]) {
      expect(column(floats, name)).toEqual(column(plain.recomputed_features, name).map((v) => (v === null ? null : Math.fround(v as number))));
    }
    expect(differing(floats, plain.served_features, "amount_mean_30d").length).toBeGreaterThan(0);
  });

  it("servedFeatures unseenCategories k serves the k least common merchant categories as \"unknown\"", () => {
    const s = servedFeatures(7, tx, profile, {rows: 500, unseenCategories: 2}).served_features;
    const rare = [...categories].sort((a, b) => a.share - b.share).slice(0, 2).map((c) => c.name);
    expect(column(s, "merchant_category")).toEqual(column<string>(plain.recomputed_features, "merchant_category").map((c) => (rare.includes(c) ? "unknown" : c)));
    expect(column(s, "merchant_category")).toContain("unknown");
  });

  it("servedFeatures: one knob never moves another's rows", () => {
    const alone = servedFeatures(7, tx, profile, {rows: 500, centsShare: 0.3});
    const together = servedFeatures(7, tx, profile, {rows: 500, centsShare: 0.3, closedLeftShare: 0.5, float32Share: 0.4, unseenCategories: 4});
    expect(differing(together.served_features, plain.served_features, "request_id")).toEqual([]);
    const cents = (t: Table) => column<number | null>(t, "amount").flatMap((v, i) => (v !== null && v === Math.fround(tx.amountCents[txIndex[i]!]!) ? [i] : []));
    expect(cents(together.served_features)).toEqual(differing(alone.served_features, plain.served_features, "amount"));
    expect(bytes(together.recomputed_features)).toEqual(bytes(plain.recomputed_features));
  });

  it("worldServedFeatures recomputes the features of generateWorld's world: its txn_stats rows at each request", () => {
    const size = {customers: 80, transactions: 3000, merchants: 30};
    const {recomputed_features: r} = worldServedFeatures({seed: 5, size, days: 20}, {rows: 100});
    const stats = generateWorld({seed: 5, size, days: 20, tables: ["txn_stats"]}).txn_stats;
    const rows = column<string>(r, "request_id").map((id) => Number(id.slice(4)) - 1);
    expect(column(r, "amount_sum_7d")).toEqual(rows.map((j) => stats.getChild("amount_sum_7d")!.get(j)));
    expect(column(r, "customer_id")).toEqual(rows.map((j) => stats.getChild("customer_id")!.get(j)));
  });

  it("servedFeatures throws on knobs out of range, naming them", () => {
    expect(() => servedFeatures(7, tx, profile, {centsShare: 1.5})).toThrow("servedFeatures requires centsShare in [0, 1]; got 1.5");
    expect(() => servedFeatures(7, tx, profile, {timezoneHours: 20})).toThrow(/timezoneHours in \[-12, 14\]/);
    expect(() => servedFeatures(7, tx, profile, {unseenCategories: 9})).toThrow(/unseenCategories a whole number in \[0, 8\]/);
    expect(() => servedFeatures(7, tx, profile, {stalenessHours: -1})).toThrow(/stalenessHours ≥ 0/);
  });
});
