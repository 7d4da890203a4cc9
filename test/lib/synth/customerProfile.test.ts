import {describe, expect, it} from "vitest";
import {column, start, tinyWorld} from "./worldFixture.js";

describe("customerProfile", () => {
  const profile = tinyWorld().customer_profile;
  const customer = column<number>(profile, "customer_id"), event = column<number>(profile, "event_timestamp"), created = column<number>(profile, "created_timestamp");

  it("every customer has a signup row before the world and some change during it", () => {
    expect(new Set(customer).size).toBe(200);
    expect(profile.numRows).toBeGreaterThan(220);
    const first = customer.map((c, i) => (i === 0 || customer[i - 1] !== c ? event[i]! : NaN)).filter((t) => !Number.isNaN(t));
    expect(first.every((t) => t < start)).toBe(true);
  });
  it("rows are sorted by customer_id then event_timestamp, created by a later nightly batch", () => {
    expect(customer.every((c, i) => i === 0 || c > customer[i - 1]! || (c === customer[i - 1] && event[i]! >= event[i - 1]!))).toBe(true);
    const hourOfDay = (t: number) => Math.floor(t / 3_600_000) % 24;
    expect(created.every((t, i) => t > event[i]! && hourOfDay(t) === 2)).toBe(true);
  });
  it("segments and regions come from the catalog; credit limits are positive hundreds", () => {
    expect(new Set(column(profile, "segment"))).toEqual(new Set(["consumer", "smb", "enterprise"]));
    expect(column<number>(profile, "credit_limit").every((x) => x >= 100 && x % 100 === 0)).toBe(true);
    expect(new Set(column(profile, "region")).size).toBe(5);
  });
});
