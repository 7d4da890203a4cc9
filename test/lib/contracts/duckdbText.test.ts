import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {duckdbText} from "../../../lib/contracts/index.js";
import {arrowTable, engineFactories, useEngine} from "./engines.js";

describe("duckdbText(value, type)", () => {
  it("writes doubles as DuckDB does: .0 on whole numbers, exponents from 1e16 and below 1e-4, nan and inf", () => {
    const doubles = [1, 100, 0.1, 1e15, 1e16, 1.2345678901234568e20, 1e-4, 1e-5, 5e-324, -0, 0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1.5e-10];
    expect(doubles.map((x) => duckdbText(x, "DOUBLE"))).toEqual(["1.0", "100.0", "0.1", "1000000000000000.0", "1e+16", "1.2345678901234568e+20", "0.0001", "1e-05", "5e-324", "-0.0", "0.0", "nan", "inf", "-inf", "-1.5e-10"]);
  });

  it("writes a FLOAT by the shortest digits of its 32 bits, a DECIMAL with its scale, integers without exponent", () => {
    expect([0.1, 3.4e38, 123456789].map((x) => duckdbText(Math.fround(x), "FLOAT"))).toEqual(["0.1", "3.4e+38", "123456790.0"]);
    expect([duckdbText(1, "DECIMAL(9,2)"), duckdbText(-0.5, "DECIMAL(18,3)"), duckdbText(7, "DECIMAL(5,0)")]).toEqual(["1.00", "-0.500", "7"]);
    expect([duckdbText(1e21, "HUGEINT"), duckdbText(9007199254740993n, "BIGINT"), duckdbText(-0, "INTEGER")]).toEqual(["1000000000000000000000", "9007199254740993", "0"]);
  });

  it("writes times in UTC with the fraction's trailing zeros cut, and years before 1 as (BC)", () => {
    const t = Date.UTC(2024, 0, 2, 3, 4, 5, 120);
    expect([duckdbText(t, "TIMESTAMP"), duckdbText(t, "TIMESTAMP WITH TIME ZONE"), duckdbText(t, "DATE"), duckdbText(Date.UTC(-1, 0, 2), "DATE")]).toEqual(["2024-01-02 03:04:05.12", "2024-01-02 03:04:05.12+00", "2024-01-02", "0002-01-02 (BC)"]);
    expect([duckdbText("x", "DOUBLE"), duckdbText(null, "DOUBLE"), duckdbText(true, "BOOLEAN")]).toEqual(["x", null, "true"]);
  });
});

const special = [0, -0, 1, 0.1, 1e15, 1e16, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const doubles = fc.oneof(fc.constantFrom(...special), fc.double(), fc.integer({min: -1e6, max: 1e6}).map((n) => n / 100));
// Floats whose shortest digits are their exact digits, or that DuckDB 1.4 writes shortest (see below).
const floats = fc.oneof(
  fc.constantFrom(...special.map(Math.fround), Math.fround(2 ** -126), Math.fround(2 ** 24), Math.fround(1e-45), Math.fround(0.3), Math.fround(3.4e38)),
  fc.integer({min: -(2 ** 20), max: 2 ** 20}).map((n) => n / 8),
);
const times = fc.integer({min: Date.UTC(-3000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999)});

describe.each(engineFactories)("duckdbText against CAST(x AS VARCHAR) on %s", (_, create) => {
  const engine = useEngine(create);
  it("is DuckDB's text for random doubles, floats, timestamps and dates", async () => {
    await fc.assert(fc.asyncProperty(fc.array(doubles, {maxLength: 20}), fc.array(floats, {maxLength: 20}), fc.array(times, {maxLength: 20}), async (ds, fs, ts) => {
      const n = Math.max(ds.length, fs.length, ts.length);
      const pad = (xs: number[]) => Array.from({length: n}, (_, i) => xs[i] ?? null);
      await engine().loadArrow("v", arrowTable({d: ["float", pad(ds)], f: ["float", pad(fs)], t: ["time", pad(ts)]}));
      const table = await engine().query("SELECT CAST(d AS VARCHAR) AS d, CAST(CAST(f AS FLOAT) AS VARCHAR) AS f, CAST(t AS VARCHAR) AS t, CAST(CAST(t AS TIMESTAMP) AS VARCHAR) AS ts, CAST(CAST(t AS DATE) AS VARCHAR) AS day FROM v");
      const got = table.toArray().map((r) => r.toJSON());
      const want = Array.from({length: n}, (_, i) => ({
        d: duckdbText(pad(ds)[i], "DOUBLE"), f: duckdbText(pad(fs)[i], "FLOAT"), t: duckdbText(pad(ts)[i], "TIMESTAMP_MS"),
        ts: duckdbText(pad(ts)[i], "TIMESTAMP"), day: duckdbText(pad(ts)[i], "DATE"),
      }));
      expect(got).toEqual(want);
    }), {numRuns: 50, seed: 20260401});
  });
});

describe.each(engineFactories)("FLOAT text on %s", (_, create) => {
  const engine = useEngine(create);
  it("DuckDB 1.4 writes some floats with their exact digits where duckdbText gives the shortest (a known difference)", async () => {
    const x = Math.fround(-1202908.8);
    await engine().loadArrow("v", arrowTable({f: ["float", [x]]}));
    const [row] = (await engine().query("SELECT CAST(CAST(f AS FLOAT) AS VARCHAR) AS f FROM v")).toArray().map((r) => r.toJSON());
    expect([row!.f, duckdbText(x, "FLOAT")]).toEqual(["-1202908.75", "-1202908.8"]);
  });
});
