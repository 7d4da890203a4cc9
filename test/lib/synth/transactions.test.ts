import {describe, expect, it} from "vitest";
import {column, end, quantile, start, tinyWorld} from "./worldFixture.js";

const HOUR = 3_600_000;

describe("transactions", () => {
  const tx = tinyWorld().transactions;
  const id = column<number>(tx, "txn_id"), event = column<number>(tx, "event_timestamp"), created = column<number>(tx, "created_timestamp");
  const correction = column<boolean>(tx, "is_correction"), amount = column<number | null>(tx, "amount"), customer = column<number>(tx, "customer_id");
  const originals = id.map((_, i) => i).filter((i) => !correction[i]);

  it("every created_timestamp is at or after its event_timestamp", () => {
    expect(event.every((t, i) => created[i]! >= t)).toBe(true);
  });
  it("originals have txn_id 1..n in event-time order, inside the world", () => {
    expect(originals.map((i) => id[i])).toEqual(originals.map((_, k) => k + 1));
    expect(originals.every((i, k) => k === 0 || event[i]! >= event[originals[k - 1]!]!)).toBe(true);
    expect(event.every((t) => t >= start && t < end)).toBe(true);
  });
  it("about 3% of originals arrive late (lag over an hour), the rest within minutes", () => {
    const lags = originals.map((i) => created[i]! - event[i]!);
    const late = lags.filter((lag) => lag > HOUR).length / lags.length;
    expect(late).toBeGreaterThan(0.02);
    expect(late).toBeLessThan(0.04);
    expect(quantile(lags, 0.5)).toBeGreaterThan(5_000);
    expect(quantile(lags, 0.5)).toBeLessThan(60_000);
    expect(Math.max(...lags)).toBeGreaterThan(24 * HOUR);
  });
  it("about 0.5% corrections re-state an earlier txn_id: same customer and event time, later created, new amount", () => {
    const rows = id.map((_, i) => i).filter((i) => correction[i]);
    expect(rows.length / originals.length).toBeGreaterThan(0.003);
    expect(rows.length / originals.length).toBeLessThan(0.008);
    for (const r of rows) {
      const o = originals[id[r]! - 1]!;
      expect(id[o]).toBe(id[r]);
      expect([customer[o], event[o]]).toEqual([customer[r], event[r]]);
      expect(created[r]).toBeGreaterThan(created[o]!);
      expect(amount[r]).not.toBe(amount[o]);
    }
  });
  it("amounts have a few nulls and differ by merchant category", () => {
    const nulls = amount.filter((a) => a === null).length / amount.length;
    expect(nulls).toBeGreaterThan(0);
    expect(nulls).toBeLessThan(0.01);
    const category = column<string>(tx, "merchant_category");
    const median = (name: string) => quantile(amount.filter((a, i) => a !== null && category[i] === name) as number[], 0.5);
    expect(median("travel")).toBeGreaterThan(5 * median("grocery"));
  });
  it("more purchases happen in the evening than at night (daily seasonality)", () => {
    const hourOf = (t: number) => Math.floor(t / HOUR) % 24;
    const evening = event.filter((t) => hourOf(t) === 19).length, night = event.filter((t) => hourOf(t) === 3).length;
    expect(evening).toBeGreaterThan(10 * night);
  });
});
