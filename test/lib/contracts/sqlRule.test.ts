import {readFile} from "node:fs/promises";
import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {parseContract, resolveSqlRule, runContract, sqlRuleValue, type Contract, type ContractResult} from "../../../lib/contracts/index.js";
import {arrowTable, engineFactories, useEngine} from "./engines.js";

async function fixture(name: string): Promise<Contract> {
  const parsed = parseContract(await readFile(`test/fixtures/contracts/${name}`, "utf8"), name);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
  return parsed.contract;
}

const byId = (result: ContractResult) => new Map(result.checks.map((c) => [c.id, c]));

describe("resolveSqlRule(query, table, column)", () => {
  it("replaces {object}, ${table}, {model} and quoted placeholders with the quoted table, {property}/${column}/{field} with the column", () => {
    expect(resolveSqlRule(`SELECT {property}, \${column}, "{field}" FROM '{object}' JOIN \${table} USING (x) JOIN {model};;  \n`, 'my "t"', "a b")).toBe(
      'SELECT "a b", "a b", "a b" FROM "my ""t""" JOIN "my ""t""" USING (x) JOIN "my ""t"""',
    );
  });

  it("leaves {property} alone in an object-level rule (the query then fails as its author wrote it)", () => {
    expect(resolveSqlRule("SELECT max({property}) FROM {object}", "t")).toBe('SELECT max({property}) FROM "t"');
  });
});

describe("sqlRuleValue(result)", () => {
  it("reads numbers, booleans, inf and nan; refuses no row, several rows or columns, NULL and text", () => {
    const one = (v: string | null) => sqlRuleValue(tableFromArrays({v: [v]}));
    expect(["12.50", "-3", "1e+16", "true", "false", "inf", "-inf"].map((v) => one(v))).toEqual([
      {value: 12.5, text: "12.50"}, {value: -3, text: "-3"}, {value: 1e16, text: "1e+16"}, {value: 1, text: "true"}, {value: 0, text: "false"},
      {value: Infinity, text: "inf"}, {value: -Infinity, text: "-inf"},
    ]);
    expect(one("nan")).toMatchObject({text: "nan"});
    expect(Number.isNaN((one("nan") as {value: number}).value)).toBe(true);
    expect(one(null)).toEqual({error: "the query returned NULL, which cannot be compared"});
    expect(one("many")).toEqual({error: 'the query returned "many", which is not a number or a boolean'});
    expect(sqlRuleValue(tableFromArrays({v: [] as string[]}))).toEqual({error: "the query returned no row; a SQL rule must return one value (one row, one column)"});
    expect(sqlRuleValue(tableFromArrays({v: ["1", "2"]}))).toEqual({error: "the query returned several rows; a SQL rule must return one value (one row, one column)"});
    expect(sqlRuleValue(tableFromArrays({a: ["1"], b: ["2"]}))).toEqual({error: "the query returned 2 columns (a, b); a SQL rule must return one value (one row, one column)"});
  });
});

describe.each(engineFactories)("runContract with type: sql rules and physical names on %s", (_, create) => {
  const engine = useEngine(create, {
    loaded: arrowTable({ord_no: ["int", [1, 2, 3, 4]], amt_eur: ["float", [20, 150, 35.5, 80]], cust: ["text", ["ann", "bob", "ann", "cy"]]}),
    t: arrowTable({x: ["int", [1, 2, 3]]}),
  });

  it("looks for physical column names, names both in messages, and runs every operator with the SQL shown", async () => {
    const contract = await fixture("physical-sql.odcs.yaml");
    const result = await runContract(engine(), contract, "loaded");
    const checks = byId(result);
    expect(checks.get("orders.amount.present")!.message).toBe("column amt_eur (property amount) is present (DOUBLE)");
    expect(checks.get("orders.order_id.unique")!.status).toBe("pass");
    expect(result.checks.filter((c) => c.rule.startsWith("sql")).map((c) => [c.id, c.status, c.value])).toEqual([
      ["amount_p90_in_range", "pass", 129],
      ["no_negative_amounts", "pass", 0],
      ["enough_orders", "pass", 4],
      ["physical_name_reachable", "pass", 3],
      ["any_big_order", "pass", 1],
      ["mean_not_in_dead_zone", "pass", 71.375],
      ["customers_few", "warn", 3],
      ["total_positive", "pass", 285.5],
      ["max_below", "pass", 150],
      ["not_zero_rows", "pass", 4],
    ]);
    expect(checks.get("amount_p90_in_range")!.sql).toBe('SELECT quantile_cont("amt_eur", 0.9) FROM "loaded"');
    expect(checks.get("amount_p90_in_range")!.threshold).toEqual({mustBeBetween: [10, 500]});
    expect(checks.get("customers_few")!.message).toBe("the query returned 3; must be ≤ 2");
    expect(result.status).toBe("warn");
  });

  it("fails a SQL rule whose value breaks its threshold, and names property and column when a column is missing", async () => {
    await engine().loadArrow("bad", arrowTable({ord_no: ["int", [1, 1]], amt_eur: ["float", [-5, 2000]]}));
    const result = await runContract(engine(), await fixture("physical-sql.odcs.yaml"), "bad");
    const checks = byId(result);
    expect(["no_negative_amounts", "enough_orders", "max_below", "amount_p90_in_range", "orders.order_id.unique"].map((id) => checks.get(id)!.status)).toEqual(["fail", "fail", "fail", "fail", "fail"]);
    expect(checks.get("no_negative_amounts")!.message).toBe("the query returned 1; must be = 0");
    expect(checks.get("orders.customer.present")!.message).toBe("column cust (property customer) is missing from the data; its other checks were not run");
    expect(checks.get("orders.amount.minimum")!.message).toBe("1 of 2 rows (50%) have amount (column amt_eur) < 0 or NaN; must be = 0 rows");
  });

  it("makes every SQL rule that cannot give one value an error check with DuckDB's message, and runs the rest", async () => {
    const result = await runContract(engine(), await fixture("broken-sql.odcs.yaml"), "t");
    const checks = byId(result);
    const status = (id: string) => [checks.get(id)!.status, checks.get(id)!.message];
    expect(status("syntax")[0]).toBe("error");
    expect(status("syntax")[1]).toMatch(/^the rule's SQL failed: Parser Error: syntax error at or near "SELEC"/);
    expect(status("no_such_column")[1]).toMatch(/^the rule's SQL failed: Binder Error: Referenced column "nope" not found/);
    expect(status("no_row")).toEqual(["error", "the query returned no row; a SQL rule must return one value (one row, one column)"]);
    expect(status("several_rows")).toEqual(["error", "the query returned several rows; a SQL rule must return one value (one row, one column)"]);
    expect(status("several_columns")).toEqual(["error", "the query returned 2 columns (a, b); a SQL rule must return one value (one row, one column)"]);
    expect(status("null_value")).toEqual(["error", "the query returned NULL, which cannot be compared"]);
    expect(status("text_value")).toEqual(["error", 'the query returned "many", which is not a number or a boolean']);
    expect(status("second_statement")).toEqual(["error", 'the rule\'s SQL failed: Parser Error: syntax error at or near ";" (a SQL rule is ONE read-only query: SELECT … or WITH … SELECT …)']);
    expect(status("writes_a_table")).toEqual(["error", 'the rule\'s SQL failed: Parser Error: syntax error at or near "CREATE" (a SQL rule is ONE read-only query: SELECT … or WITH … SELECT …)']);
    expect(status("property_placeholder_on_object")[0]).toBe("error");
    expect(status("still_runs")).toEqual(["pass", "the query returned 3; must be = 3"]);
    expect(result.status).toBe("error");
    // Neither the appended DROP nor the CREATE ran.
    expect((await engine().query("SELECT count(*) AS n FROM t")).get(0)!.n).toBe(3n);
    await expect(engine().query("SELECT * FROM evil")).rejects.toThrow(/evil/);
  });
});
