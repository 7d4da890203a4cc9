import {Float64, Table, TimestampMillisecond, Utf8, vectorFromArray} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {binAgainst, categoricalBinning, driftOverTime, jsDivergence, numericBinning, psi} from "../../../lib/drift/index.js";
import {bell, categories, dailyTable} from "./driftData.js";

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 1);

describe("driftOverTime", () => {
  const binnings = {amount: numericBinning(bell(20, 500), 10), channel: categoricalBinning(categories(25, 500, ["web", "app", "pos"], [0.5, 0.3, 0.2]))};

  it("driftOverTime gives PSI and JS per column per day against one reference binning", () => {
    const table = dailyTable();
    const rows = driftOverTime(table, {time: "at", windowMs: DAY, binnings});
    expect(rows.map((r) => [r.window_start, r.column])).toEqual([t0, t0 + DAY, t0 + 2 * DAY].flatMap((d) => [[d, "amount"], [d, "channel"]]));
    const at = table.getChild("at")!.toArray() as unknown as number[];
    for (const r of rows) {
      const day = [...Array(table.numRows).keys()].filter((i) => Math.floor(Number(at[i]) / DAY) * DAY === r.window_start);
      const values = day.map((i) => table.getChild(r.column)!.get(i));
      const binned = binAgainst(binnings[r.column as "amount"], values);
      expect(r).toEqual({window_start: r.window_start, column: r.column, psi: psi(binned.reference, binned.current), js: jsDivergence(binned.reference, binned.current), n: binned.currentN, null_share: binned.currentNulls / day.length});
    }
    expect(rows[2]!.null_share).toBe(6 / 150); // day 2: rows 221, 245, …, 341 are null
    expect(rows[4]!.psi).toBeGreaterThan(0.25); // day 3 shifted
    expect(rows[5]!.psi).toBeGreaterThan(0.25); // a new category, "kiosk"
    expect(rows[0]!.psi).toBeLessThan(0.1);
  });

  it("driftOverTime by the hour makes 24 windows a day, and a window without values has NaN PSI", () => {
    const table = new Table({
      at: vectorFromArray([t0, t0 + 3_600_000, t0 + 3_600_000 + 5], new TimestampMillisecond()),
      amount: vectorFromArray([1, null, null], new Float64()),
    });
    const rows = driftOverTime(table, {time: "at", windowMs: 3_600_000, binnings: {amount: numericBinning([1, 2, 3], 2)}});
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({window_start: t0 + 3_600_000, column: "amount", psi: NaN, js: NaN, n: 0, null_share: 1});
  });

  it("driftOverTime refuses a missing time column and a column of the wrong kind", () => {
    const table = dailyTable();
    expect(() => driftOverTime(table, {time: "ts", windowMs: DAY, binnings})).toThrow('driftOverTime requires the time column "ts", which the table lacks (it has at, amount, channel)');
    expect(() => driftOverTime(table, {time: "at", windowMs: DAY, binnings: {channel: binnings.amount}})).toThrow('driftOverTime requires column "channel" to be numeric like its binning, got Utf8');
  });
});
