import {describe, expect, it} from "vitest";
import {column, tinyWorld} from "./worldFixture.js";

describe("customerRisk", () => {
  const {customer_risk: risk, labels} = tinyWorld();
  const customer = column<number>(risk, "customer_id"), event = column<number>(risk, "event_timestamp");
  const count = column<number>(risk, "chargeback_count"), created = column<number>(risk, "created_timestamp");

  it("rows are sorted by event_timestamp and created at or after it", () => {
    expect(event.every((t, i) => i === 0 || t >= event[i - 1]!)).toBe(true);
    expect(created.every((t, i) => t >= event[i]!)).toBe(true);
  });
  it("chargeback_count never decreases per customer and rises by one per row after the first", () => {
    const last = new Map<number, number>();
    customer.forEach((c, i) => {
      if (last.has(c)) expect(count[i]).toBe(last.get(c)! + 1);
      last.set(c, count[i]!);
    });
    expect(new Set(customer).size).toBe(200);
  });
  it("each increment is an arrived fraud label at the same instant (the leak)", () => {
    const arrivals = new Set<string>();
    const label = column<number | null>(labels, "label_timestamp"), fraud = column<boolean>(labels, "is_fraud"), who = column<number>(labels, "customer_id");
    label.forEach((t, i) => fraud[i] && t !== null && arrivals.add(`${who[i]}@${t}`));
    const increments = customer.map((c, i) => `${c}@${event[i]}`).filter((_, i) => customer.indexOf(customer[i]!) !== i);
    expect(increments.length).toBe(arrivals.size);
    expect(increments.every((k) => arrivals.has(k))).toBe(true);
  });
});
