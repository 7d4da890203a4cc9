import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {sampleColumns} from "../../../../notebooks/components/contracts/sampleColumns.js";

const row = {txn_id: 165, customer_id: 748, merchant_category: "electronics", amount: 102.78, event_timestamp: "2026-02-03 14:22:10", created_timestamp: "2026-02-03 13:22:10", channel: "atm"};
const measure = (text: string) => 7 * text.length;

describe("sampleColumns", () => {
  it("sampleColumns(check) puts the rule's property first, then the columns its SQL names, then the rest in order", () => {
    const check = {property: null, sql: `SELECT count_if(NOT (created_timestamp >= "event_timestamp")) FROM t`, samples: [row]};
    const {all, read} = sampleColumns(check);
    expect(all).toEqual(["event_timestamp", "created_timestamp", "txn_id", "customer_id", "merchant_category", "amount", "channel"]);
    expect(read).toBe(2);
  });

  it("sampleColumns(check, {width}) shows what the rule reads, then only the other columns that fit", () => {
    const check = {property: "channel", sql: `SELECT count_if("channel" = 'x')`, samples: [row]};
    // Widths, padding included: channel 62, txn_id 55, customer_id 90, merchant_category 132, and 20 for the row.
    const {shown, all} = sampleColumns(check, {width: 20 + 62 + 55 + 90, measure});
    expect(shown).toEqual(["channel", "txn_id", "customer_id"]);
    expect(all).toHaveLength(7);
  });

  it("the columns the rule reads are shown even when they alone are wider than width", () => {
    const check = {property: null, sql: "created_timestamp >= event_timestamp", samples: [row]};
    expect(sampleColumns(check, {width: 10, measure}).shown).toEqual(["event_timestamp", "created_timestamp"]);
  });

  it("a column is as wide as its widest printed value, as `text` prints it", () => {
    const check = {property: "a", sql: "", samples: [{a: 1, b: 1}]};
    const wideText = (column: string, value: unknown) => (column === "b" ? "x".repeat(50) : String(value));
    expect(sampleColumns(check, {width: 200, measure}).shown).toEqual(["a", "b"]);
    expect(sampleColumns(check, {width: 200, measure, text: wideText}).shown).toEqual(["a"]);
  });
});
