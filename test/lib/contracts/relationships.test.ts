import {readFile} from "node:fs/promises";
import {describe, expect, it} from "vitest";
import {parseContract, runContracts, type Contract} from "../../../lib/contracts/index.js";
import {engineFactories, useEngine} from "./engines.js";

async function fixture(name: string): Promise<Contract> {
  const parsed = parseContract(await readFile(`test/fixtures/contracts/${name}`, "utf8"), name);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
  return parsed.contract;
}

const head = "apiVersion: v3.1.0\nkind: DataContract\nid: r\nversion: 1.0.0\nstatus: active\n";
const issues = (yaml: string) => {
  const parsed = parseContract(head + yaml, "r.yaml");
  return parsed.ok ? [] : parsed.issues.map((i) => i.text);
};

describe("parseContract(text) with relationships", () => {
  it("reads property-level (shorthand) and object-level composite (fully qualified) foreign keys; unresolved ones are notes", async () => {
    const contract = await fixture("shop-relationships.odcs.yaml");
    expect(contract.relationships.map((r) => [r.from.map((f) => `${f.object}.${f.property}`), r.to.map((t) => `${t.object}.${t.property}`), r.path])).toEqual([
      [["orders.customer_id"], ["customers.id"], "schema[1].properties[1].relationships[0]"],
      [["orders.customer_id", "orders.account_no"], ["customers.id", "customers.account_no"], "schema[1].relationships[0]"],
      [["order_items.order_id"], ["orders.order_id"], "schema[2].properties[0].relationships[0]"],
    ]);
    expect(contract.notes.map((n) => [n.object, n.message])).toEqual([
      ["orders", '"https://example.org/loyalty.odcs.yaml#members.customer_id" names another contract, which fslab does not read, so the relationship "orders.customer_id" → "https://example.org/loyalty.odcs.yaml#members.customer_id" was not checked'],
      ["orders", '"coupons.code" names object "coupons", which the schema does not declare, so the relationship "orders.coupon" → "coupons.code" was not checked'],
    ]);
  });

  it("refuses what the standard calls invalid, each in one located line", () => {
    const schema = "schema:\n  - name: a\n    properties:\n      - name: x\n";
    expect(issues(`${schema}        relationships:\n          - {from: a.x, to: b.y}\n  - name: b\n    properties:\n      - name: y\n`)).toEqual([
      'r.yaml:11: schema[0].properties[0].relationships[0].from: a property\'s relationship takes only "to": "from" is the property itself (a.x)',
    ]);
    expect(issues(`${schema}    relationships:\n      - {from: a.x, to: [b.y, b.z]}\n      - {to: b.y}\n      - {from: [a.x], to: [b.y, b.y]}\n  - name: b\n    properties:\n      - name: y\n`)).toEqual([
      'r.yaml:11: schema[0].relationships[0]: "from" and "to" must both be one reference or both lists, got "a.x" and ["b.y","b.z"]',
      'r.yaml:12: schema[0].relationships[1]: an object\'s relationship needs "from" and "to" (a.property or a list of them)',
      'r.yaml:13: schema[0].relationships[2]: "from" names 1 properties and "to" 2; a composite key pairs them one to one',
    ]);
  });
});

describe.each(engineFactories)("runContracts(engine, contract, tables) on %s", (_, create) => {
  const engine = useEngine(create);

  it("checks three objects in one run with their foreign keys (composite and on physical names), counting and sampling orphans", async () => {
    await engine().query("CREATE TABLE customers AS SELECT * FROM (VALUES (1, 'A1', 'north'), (2, 'B2', 'south'), (3, 'C3', NULL)) AS v(id, account_no, region)");
    await engine().query("CREATE TABLE orders AS SELECT * FROM (VALUES (10, 1, 'A1', NULL), (11, 2, 'XX', NULL), (12, 9, 'Z9', NULL), (13, NULL, NULL, NULL)) AS v(order_id, customer_id, account_no, coupon)");
    await engine().query("CREATE TABLE order_items AS SELECT * FROM (VALUES (10, 's1'), (11, 's2'), (14, 's3'), (NULL, 's4')) AS v(ord, sku)");
    const result = await runContracts(engine(), await fixture("shop-relationships.odcs.yaml"), {customers: "customers", orders: "orders", order_items: "order_items"});
    expect(result.objects).toEqual([
      {object: "customers", table: "customers", rows: 3, status: "pass"},
      {object: "orders", table: "orders", rows: 4, status: "fail"},
      {object: "order_items", table: "order_items", rows: 4, status: "fail"},
    ]);
    expect(result.checks.filter((c) => c.status !== "pass").map((c) => [c.id, c.status, c.value])).toEqual([
      ["orders.customer_id.required", "fail", 1],
      ["orders_have_items", "fail", 2],
      ["orders.customer_id.foreignKey", "fail", 1],
      ["orders.customer_id+account_no.foreignKey", "fail", 2],
      ["orders.note#1", "warn", null],
      ["orders.note#2", "warn", null],
      ["order_items.order_id.required", "fail", 1],
      ["order_items.order_id.foreignKey", "fail", 1],
    ]);
    const byId = new Map(result.checks.map((c) => [c.id, c]));
    const composite = byId.get("orders.customer_id+account_no.foreignKey")!;
    expect(composite.message).toBe("2 of 4 rows (50%) have customer_id, account_no with no match in customers (id, account_no); must be = 0 rows");
    expect(composite.samples.map((s) => s.order_id)).toEqual([11, 12]);
    expect(byId.get("order_items.order_id.foreignKey")!.message).toBe("1 of 4 rows (25%) have ord with no match in orders (order_id); must be = 0 rows");
    expect(result.status).toBe("fail");
  });

  it("says a foreign key to an object without data was not checked (a warning)", async () => {
    const result = await runContracts(engine(), await fixture("shop-relationships.odcs.yaml"), {order_items: "order_items"});
    const fk = result.checks.find((c) => c.id === "order_items.order_id.foreignKey")!;
    expect([fk.status, fk.message]).toEqual(["warn", "not checkable: no data was given for object orders, so foreignKey (order_id) → orders (order_id) was not checked"]);
  });
});
