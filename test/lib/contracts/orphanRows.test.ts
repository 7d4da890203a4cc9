import {readFile} from "node:fs/promises";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {orphanRows, parseContract, runContracts} from "../../../lib/contracts/index.js";
import {tableColumns} from "../../../lib/sql/index.js";
import {engineFactories, useEngine} from "../engines.js";

describe("orphanRows", () => {
  it("orphanRows finds keys with no match, composite keys compared whole", () => {
    const from = [["north", "north", "harbour", "north"], [1, 7, 1, 2]];
    const to = [["north", "harbour"], [1, 2]];
    expect(orphanRows(from, to)).toEqual([1, 2, 3]);
  });

  it("orphanRows skips rows with a null key column and ignores null target keys", () => {
    expect(orphanRows([[1, null, 3]], [[1, null]])).toEqual([2]);
  });

  it("orphanRows compares keys of different types as text, as the check's SQL casts them", () => {
    expect(orphanRows([[1, 2n, "3"]], [["1", "2", 3]])).toEqual([]);
  });

  it("orphanRows throws on key lists of different widths", () => {
    expect(() => orphanRows([[1]], [[1], [2]])).toThrow("orphanRows requires as many key columns on each side (at least one), got 1 and 2");
  });

  it("orphanRows(a, b) is exactly the rows whose key is not in b (property)", () => {
    const key = fc.option(fc.integer({min: 0, max: 5}), {nil: null});
    fc.assert(
      fc.property(fc.array(fc.tuple(key, key)), fc.array(fc.tuple(key, key)), (a, b) => {
        const got = orphanRows([a.map((r) => r[0]), a.map((r) => r[1])], [b.map((r) => r[0]), b.map((r) => r[1])]);
        const want = a.flatMap((r, i) => (r[0] !== null && r[1] !== null && !b.some((t) => t[0] === r[0] && t[1] === r[1]) ? [i] : []));
        return JSON.stringify(got) === JSON.stringify(want);
      })
    );
  });
});

describe.each(engineFactories)("orphanRows against the contract's relationship check (%s)", (_, create) => {
  const engine = useEngine(create);

  it("orphanRows on the shop example agrees with runContracts' foreign key count and samples", async () => {
    const dir = "notebooks/data/contracts/shop";
    const parsed = parseContract(await readFile(`${dir}/shop.yaml`, "utf8"), "shop.yaml");
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
    for (const name of ["customers", "orders"]) {
      const csv = await readFile(`${dir}/${name}.csv`, "utf8");
      const lines = csv.trim().split("\n");
      const header = lines[0]!.split(",");
      const values = lines.slice(1).map((l) => `(${l.split(",").map((v) => `'${v}'`).join(", ")})`);
      await engine().query(`CREATE TABLE ${name} AS SELECT * FROM (VALUES ${values.join(", ")}) AS v(${header.join(", ")})`);
    }
    const result = await runContracts(engine(), parsed.contract, {customers: "customers", orders: "orders"});
    const fk = result.checks.find((c) => c.id.endsWith(".foreignKey"))!;
    const orders = tableColumns(await engine().query("SELECT order_id, store, customer_no FROM orders"));
    const customers = tableColumns(await engine().query("SELECT store, customer_no FROM customers"));
    const orphans = orphanRows([orders.store!, orders.customer_no!], [customers.store!, customers.customer_no!]);
    expect(orphans.length).toBe(3);
    expect(fk.message).toMatch(/^3 of 12 rows/);
    expect(fk.samples.map((s) => String(s.order_id)).sort()).toEqual(orphans.map((r) => String(orders.order_id![r])).sort());
  });
});
