import {describe, expect, it} from "vitest";
import {column, tinyWorld} from "./worldFixture.js";

const DAY = 86_400_000;

describe("txnStats", () => {
  const {txn_stats: stats, transactions: tx} = tinyWorld();
  const correction = column<boolean>(tx, "is_correction");
  const original = <T>(name: string) => column<T>(tx, name).filter((_, i) => !correction[i]);
  const customer = original<number>("customer_id"), event = original<number>("event_timestamp"), amount = original<number | null>("amount");

  it("has one row per original transaction, same customer and event time, created after the transaction", () => {
    expect(column(stats, "customer_id")).toEqual(customer);
    expect(column(stats, "event_timestamp")).toEqual(event);
    const created = column<number>(stats, "created_timestamp"), txCreated = original<number>("created_timestamp");
    expect(created.every((t, i) => t >= txCreated[i]!)).toBe(true);
  });
  it("rolling 7d/30d stats equal a naive recomputation for a few customers", () => {
    const rows = {sum7: column<number>(stats, "amount_sum_7d"), count7: column<number>(stats, "txn_count_7d"), mean30: column<number | null>(stats, "amount_mean_30d"), count30: column<number>(stats, "txn_count_30d")};
    for (const c of [1, 17, 42, 199]) {
      const mine = customer.map((_, i) => i).filter((i) => customer[i] === c);
      expect(mine.length).toBeGreaterThan(0);
      for (const i of mine) {
        const window = (days: number) => mine.filter((j) => event[j]! <= event[i]! && event[j]! > event[i]! - days * DAY);
        const valid = (js: number[]) => js.map((j) => amount[j]).filter((a): a is number => a !== null);
        const week = window(7), month = window(30);
        expect(rows.count7[i]).toBe(week.length);
        expect(rows.sum7[i]).toBeCloseTo(valid(week).reduce((s, a) => s + a, 0), 6);
        expect(rows.count30[i]).toBe(month.length);
        const m = valid(month);
        if (m.length) expect(rows.mean30[i]).toBeCloseTo(m.reduce((s, a) => s + a, 0) / m.length, 6);
        else expect(rows.mean30[i]).toBeNull();
      }
    }
  });
  it("fraud bursts raise the 7-day share of the 30-day count on fraudulent transactions", () => {
    const fraud = column<boolean>(tinyWorld().labels, "is_fraud"), count7 = column<number>(stats, "txn_count_7d"), count30 = column<number>(stats, "txn_count_30d");
    const velocity = (isFraud: boolean) => {
      const xs = count7.flatMap((c, i) => (fraud[i] === isFraud ? [c / count30[i]!] : []));
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    expect(velocity(true)).toBeGreaterThan(velocity(false) + 0.03);
  });
});
