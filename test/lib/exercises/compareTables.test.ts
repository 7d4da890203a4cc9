import {Float64, Int32, tableFromArrays, makeTable, vectorFromArray, TimestampMillisecond, Table} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {compareTables} from "../../../lib/exercises/compareTables.js";
import {engineFactories, useEngine} from "../engines.js";

const expected = tableFromArrays({customer_id: Int32Array.of(1, 2, 3), txn_count: Float64Array.of(4, 0, 7)});

describe("compareTables", () => {
  it("compareTables(t, t in another order) is correct by fingerprint", () => {
    const shuffled = tableFromArrays({customer_id: Int32Array.of(3, 1, 2), txn_count: Float64Array.of(7, 4, 0)});
    const result = compareTables(expected, shuffled, {key: ["customer_id"]});
    expect(result.correct).toBe(true);
    expect(result.method).toBe("fingerprint");
  });

  it("compareTables accepts other integer types, column case and tiny float noise within the tolerance", () => {
    const answer = tableFromArrays({CUSTOMER_ID: BigInt64Array.of(1n, 2n, 3n), Txn_Count: Float64Array.of(4 + 1e-12, 0, 7)});
    const result = compareTables(expected, answer, {key: ["customer_id"]});
    expect(result.correct).toBe(true);
    expect(result.method).toBe("tolerance");
  });

  it("compareTables names the missing and the extra column", () => {
    const answer = tableFromArrays({customer_id: Int32Array.of(1, 2, 3), n: Float64Array.of(4, 0, 7)});
    const result = compareTables(expected, answer);
    expect(result.correct).toBe(false);
    expect(result.missingColumns).toEqual(["txn_count"]);
    expect(result.extraColumns).toEqual(["n"]);
    expect(result.message).toBe("1 column missing: txn_count; 1 column not asked for: n (the answer should have: customer_id, txn_count).");
  });

  it("compareTables with allowExtraColumns ignores the answer's other columns", () => {
    const answer = tableFromArrays({customer_id: Int32Array.of(1, 2, 3), txn_count: Float64Array.of(4, 0, 7), note: ["a", "b", "c"]});
    expect(compareTables(expected, answer, {allowExtraColumns: true}).correct).toBe(true);
  });

  it("compareTables by key counts missing, extra and duplicate rows and names the first differing value", () => {
    const answer = tableFromArrays({customer_id: Int32Array.of(1, 1, 3, 9), txn_count: Float64Array.of(4, 4, 8, 1)});
    const result = compareTables(expected, answer, {key: ["customer_id"]});
    expect(result).toMatchObject({correct: false, missingRows: 1, extraRows: 1, duplicateKeys: 1, firstMissing: "customer_id = 2", firstExtra: "customer_id = 9"});
    expect(result.firstDifference).toEqual({row: "customer_id = 3", column: "txn_count", expected: "7", actual: "8"});
    expect(result.message).toBe(
      "1 expected row is missing (first: customer_id = 2); 1 row is not expected (first: customer_id = 9); 1 key occurs more than once: each of customer_id should give one row; 1 row has a different value; the first: at customer_id = 3, txn_count should be 7, the answer has 8."
    );
  });

  it("compareTables without a key compares whole rows as a multiset", () => {
    const answer = tableFromArrays({customer_id: Int32Array.of(1, 2, 2), txn_count: Float64Array.of(4, 0, 0)});
    const result = compareTables(expected, answer);
    expect(result).toMatchObject({correct: false, missingRows: 1, extraRows: 1});
    expect(result.message).toBe("1 expected row is missing (first: customer_id = 3, txn_count = 7); 1 row is not expected (first: customer_id = 2, txn_count = 0).");
  });

  it("compareTables formats timestamps and NULLs in its diagnosis", () => {
    const at = (ms: number[]) => makeTable({as_of: vectorFromArray(ms, new TimestampMillisecond()), v: vectorFromArray([null, 1], new Float64())} as never) as unknown as Table;
    const day = Date.UTC(2024, 2, 1);
    const result = compareTables(at([day, day + 3_600_000]), at([day, day + 7_200_000]));
    expect(result.message).toContain("first: as_of = 2024-03-01 01:00:00, v = 1");
  });

  it("compareTables throws on a key that is not an expected column", () => {
    expect(() => compareTables(expected, expected, {key: ["id"]})).toThrow(/compareTables requires key columns of the expected table \(customer_id, txn_count\), got "id"/);
  });

  it("compareTables(a, a with any row removed) is wrong with exactly one missing row (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: -1000, max: 1000}), {minLength: 1, maxLength: 30}), fc.nat(), (values, pick) => {
        const ids = values.map((_, i) => i);
        const full = tableFromArrays({id: Int32Array.from(ids), v: Float64Array.from(values)});
        const drop = pick % values.length;
        const less = tableFromArrays({id: Int32Array.from(ids.filter((i) => i !== drop)), v: Float64Array.from(values.filter((_, i) => i !== drop))});
        const keyed = compareTables(full, less, {key: ["id"]});
        const whole = compareTables(full, less);
        return !keyed.correct && keyed.missingRows === 1 && keyed.firstMissing === `id = ${drop}` && !whole.correct && whole.missingRows === 1 && whole.extraRows === 0;
      })
    );
  });

  it("compareTables(a, a reversed) is correct (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({noNaN: true, noDefaultInfinity: true}), {maxLength: 30}), (values) => {
        const a = tableFromArrays({v: Float64Array.from(values)});
        const b = tableFromArrays({v: Float64Array.from(values.slice().reverse())});
        return compareTables(a, b).correct;
      })
    );
  });
});

describe.each(engineFactories)("compareTables on a DuckDB answer (%s)", (_, create) => {
  const engine = useEngine(create, {txns: tableFromArrays({customer_id: Int32Array.of(1, 1, 3, 1, 3, 1, 3, 3, 1, 1, 3), amount: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)})});
  const want = tableFromArrays({customer_id: Int32Array.of(1, 3), txn_count: Float64Array.of(6, 5)});

  it("accepts count(*) as BIGINT against the lab's float counts", async () => {
    const answer = await engine().query("SELECT customer_id, count(*) AS txn_count FROM txns GROUP BY ALL");
    expect(compareTables(want, answer, {key: ["customer_id"]}).correct).toBe(true);
  });

  it("names the first differing count of a wrong filter", async () => {
    const answer = await engine().query("SELECT customer_id, count(*) AS txn_count FROM txns WHERE amount > 1 GROUP BY ALL");
    expect(compareTables(want, answer, {key: ["customer_id"]}).message).toBe("1 row has a different value; the first: at customer_id = 1, txn_count should be 6, the answer has 5.");
  });
});
