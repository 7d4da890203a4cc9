import {describe, expect, it} from "vitest";
import {column, end, quantile, tinyWorld} from "./worldFixture.js";

describe("labels", () => {
  const {labels, transactions} = tinyWorld();
  const event = column<number>(labels, "event_timestamp"), label = column<number | null>(labels, "label_timestamp");
  const fraud = column<boolean>(labels, "is_fraud");

  it("has one row per original transaction with its txn_id and event time", () => {
    const originals = column<boolean>(transactions, "is_correction").filter((c) => !c).length;
    expect(labels.numRows).toBe(originals);
    expect(column<number>(labels, "txn_id")).toEqual(event.map((_, i) => i + 1));
  });
  it("every arrived label_timestamp is after event_timestamp and by the world's end", () => {
    expect(label.every((t, i) => t === null || (t > event[i]! && t <= end))).toBe(true);
  });
  it("some labels have not arrived by the world's end, mostly for recent events", () => {
    const missing = label.map((t, i) => (t === null ? event[i]! : NaN)).filter((t) => !Number.isNaN(t));
    expect(missing.length).toBeGreaterThan(0.1 * labels.numRows);
    expect(quantile(missing, 0.5)).toBeGreaterThan(quantile(event, 0.75));
  });
  it("the fraud rate is 1–2% and fraud labels arrive faster than legitimate ones", () => {
    const rate = fraud.filter(Boolean).length / fraud.length;
    expect(rate).toBeGreaterThan(0.01);
    expect(rate).toBeLessThan(0.02);
    const delays = (isFraud: boolean) => label.flatMap((t, i) => (t !== null && fraud[i] === isFraud ? [t - event[i]!] : []));
    expect(quantile(delays(true), 0.5)).toBeLessThan(quantile(delays(false), 0.5) / 2);
  });
  it("fraudulent amounts are higher", () => {
    const correction = column<boolean>(transactions, "is_correction");
    const amount = column<number | null>(transactions, "amount").filter((_, i) => !correction[i]);
    const median = (isFraud: boolean) => quantile(amount.filter((a, i) => a !== null && fraud[i] === isFraud) as number[], 0.5);
    expect(median(true)).toBeGreaterThan(2 * median(false));
  });
});
