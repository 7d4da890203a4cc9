import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {createNativeEngine} from "../../../src/engines/index.js";
import {fslabInProcess as fslab} from "./fslab.js";

// ODCS v3 contracts as other people write them (test/fixtures/contracts): sections fslab
// does not act on, unresolved SLA elements, physical names and type: sql rules.
const fixture = (name: string) => join("test", "fixtures", "contracts", name);
type Check = {id: string; status: string; message: string; value: number | null; sql: string};

describe("fslab check on ODCS v3 contracts", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-odcs-"));
    await writeFile(join(dir, "orders.csv"), "order_id,placed_at,total\n1,2026-03-01T10:00:00Z,12.5\n2,2026-03-01T11:30:00Z,80\n3,2026-03-01T12:00:00Z,7.25\n");
    await writeFile(join(dir, "tbl_orders.csv"), "ord_no,amt_eur,cust\n1,20,ann\n2,150,bob\n3,35.5,ann\n4,80,cy\n");
    await writeFile(join(dir, "broken.csv"), "x\n1\n2\n3\n");
    await writeFile(join(dir, "customers.csv"), "id,account_no,region\n1,A1,north\n2,B2,south\n3,C3,\n");
    await writeFile(join(dir, "orders.ok.csv"), "order_id,customer_id,account_no,coupon\n10,1,A1,\n11,2,B2,\n");
    await writeFile(join(dir, "orders.bad.csv"), "order_id,customer_id,account_no,coupon\n10,1,A1,\n11,2,XX,\n12,9,Z9,\n");
    await writeFile(join(dir, "items.csv"), "ord,sku\n10,s1\n11,s2\n11,s3\n");
    // Nested and list columns, as Parquet holds them; the same rows as CSV (lists and structs as text).
    const native = await createNativeEngine();
    try {
      await native.query(`CREATE TABLE visits AS SELECT * FROM (VALUES
        (1, 10.05, DATE '2024-05-01', TIMESTAMP '2025-06-01 10:00:00', TIME '08:30:00', 'ann@example.org', '10.0.0.1', true, ['x', 'y'], [1, 2], {'name': 'Ann', 'age': 30, 'address': {'postcode': '12345'}}),
        (2, 20.00, DATE '2026-12-31', TIMESTAMP '2026-01-01 00:00:00', TIME '12:00:00', 'bo@example.org', '10.0.0.2', false, ['z'], [], {'name': 'Bo', 'age': 41, 'address': {'postcode': 'X'}})
      ) AS v(visit_id, fee, day, arrived, opens, email, host_ip, paid, tags, scores, guest)`);
      await native.query(`COPY visits TO '${join(dir, "visits.parquet")}' (FORMAT parquet)`);
      await native.query(`COPY visits TO '${join(dir, "visits.csv")}' (FORMAT csv, HEADER)`);
    } finally {
      await native.close();
    }
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("checks a contract full of sections it does not act on; the SLA naming an undeclared object is a warning (exit 0)", async () => {
    const {code, stdout, stderr} = await fslab("check", "--contract", fixture("lenient.odcs.yaml"), "--data", join(dir, "orders.csv"), "--as-of", "2026-03-02T00:00:00Z", "--format", "json");
    const checks = (JSON.parse(stdout) as {checks: Check[]}).checks;
    expect([code, stderr]).toEqual([0, ""]);
    expect(checks.filter((c) => c.status !== "pass").map((c) => [c.id, c.status, c.message])).toEqual([
      ["orders.note", "warn", 'slaProperties[3].element: SLA element "shipments.shipped_at" names object "shipments", which the schema does not declare, so the latency SLA of 2 h was not checked'],
    ]);
    expect(checks.find((c) => c.id === "orders.placed_at.freshness")!.status).toBe("pass");
  });

  it.each([
    ["no-schema.odcs.yaml", "no-schema.odcs.yaml:1: nothing to check: the contract declares no schema objects (it has servers, team)"],
    ["no-properties.odcs.yaml", 'no-properties.odcs.yaml:7: schema: nothing to check: no schema object declares a property or a quality rule fslab runs (object "customers" has description, tags; the contract has support)'],
  ])("refuses %s in one line naming what it has (exit 2)", async (name, line) => {
    const {code, stdout, stderr} = await fslab("check", "--contract", fixture(name), "--data", join(dir, "orders.csv"));
    expect([code, stdout, stderr.trim().split("\n").length]).toEqual([2, "", 1]);
    expect(stderr).toContain(line);
  });

  it("refuses --object naming an object with nothing to check in one line (exit 2)", async () => {
    const contract = join(dir, "two.yaml");
    await writeFile(contract, "apiVersion: v3.1.0\nkind: DataContract\nid: two\nversion: 1.0.0\nstatus: active\nschema:\n  - name: notes\n    description: prose\n  - name: orders\n    properties:\n      - name: order_id\n");
    const {code, stderr} = await fslab("check", "--contract", contract, "--data", join(dir, "orders.csv"), "--object", "notes");
    expect([code, stderr.trim()]).toEqual([2, `fslab check: ${contract}: nothing to check: object "notes" declares no properties and no quality rule fslab runs (objects with checks: orders)`]);
  });

  it("looks for physical names and runs type: sql rules against the table by name, physicalName and {object} (CSV, exit 0 with a warning)", async () => {
    const {code, stdout} = await fslab("check", "--contract", fixture("physical-sql.odcs.yaml"), "--data", join(dir, "tbl_orders.csv"), "--format", "json");
    const checks = (JSON.parse(stdout) as {checks: Check[]}).checks;
    expect(code).toBe(0);
    expect(checks.filter((c) => c.status !== "pass").map((c) => [c.id, c.status, c.message])).toEqual([["customers_few", "warn", "the query returned 3; must be ≤ 2"]]);
    expect(checks.find((c) => c.id === "amount_p90_in_range")).toMatchObject({value: 129, sql: 'SELECT quantile_cont("amt_eur", 0.9) FROM "orders"'});
  });

  it("takes --object by physicalName too", async () => {
    const {code, stdout} = await fslab("check", "--contract", fixture("physical-sql.odcs.yaml"), "--data", join(dir, "tbl_orders.csv"), "--object", "tbl_orders", "--format", "json");
    expect([code, (JSON.parse(stdout) as {object: string; physicalName: string}).object]).toEqual([0, "orders"]);
  });

  it("names the object and its physicalName in the text report's first line", async () => {
    const {stdout} = await fslab("check", "--contract", fixture("physical-sql.odcs.yaml"), "--data", join(dir, "tbl_orders.csv"));
    expect(stdout.split("\n")[0]).toBe(`${fixture("physical-sql.odcs.yaml")} on ${join(dir, "tbl_orders.csv")}: WARN (object orders, table tbl_orders; 4 rows, 20 checks)`);
  });

  it("reports SQL rules that cannot give one value as errors, runs the rest, and prints them as text (exit 1)", async () => {
    const {code, stdout, stderr} = await fslab("check", "--contract", fixture("broken-sql.odcs.yaml"), "--data", join(dir, "broken.csv"));
    expect([code, stderr]).toEqual([1, ""]);
    expect(stdout).toContain("  pass  still_runs                      the query returned 3; must be = 3\n");
    expect(stdout).toContain("  ERROR several_rows                    the query returned several rows; a SQL rule must return one value (one row, one column)\n");
    expect(stdout).toContain(`  ERROR property_placeholder_on_object  the rule's SQL failed: Parser Error: syntax error at or near "}" ({property} stands for a column only in a property's rule; this rule is the object's)\n`);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("3 pass, 0 warn, 0 fail, 10 error");
  });

  it("checks every logical type on Parquet, STRUCT fields and LIST items included (one nested pattern breaks: exit 1)", async () => {
    const {code, stdout} = await fslab("check", "--contract", fixture("logical-types.odcs.yaml"), "--data", join(dir, "visits.parquet"), "--format", "json");
    const checks = (JSON.parse(stdout) as {checks: Check[]}).checks;
    expect(code).toBe(1);
    expect(checks.filter((c) => c.status !== "pass").map((c) => [c.id, c.status])).toEqual([["visits.guest.address.zip.pattern", "fail"]]);
    expect(checks.filter((c) => c.id.startsWith("visits.guest.")).map((c) => c.id)).toEqual([
      "visits.guest.present", "visits.guest.physicalType", "visits.guest.type",
      "visits.guest.name.present", "visits.guest.name.type", "visits.guest.name.required",
      "visits.guest.age.present", "visits.guest.age.type", "visits.guest.age.minimum", "visits.guest.age.maximum",
      "visits.guest.address.present", "visits.guest.address.type", "visits.guest.address.zip.present", "visits.guest.address.zip.type", "visits.guest.address.zip.pattern",
    ]);
  });

  it("checks the same rows as CSV: lists and nested fields are not checkable there, everything else passes (exit 0)", async () => {
    const {code, stdout} = await fslab("check", "--contract", fixture("logical-types.odcs.yaml"), "--data", join(dir, "visits.csv"), "--format", "json");
    const checks = (JSON.parse(stdout) as {checks: Check[]}).checks;
    expect(code).toBe(0);
    expect(checks.filter((c) => c.status !== "pass").map((c) => c.id)).toEqual(["visits.tags.physicalType", "visits.tags.type", "visits.tags.items", "visits.tags.uniqueItems", "visits.tags.itemType", "visits.scores.type", "visits.scores.itemType", "visits.guest.physicalType", "visits.guest.type", "visits.guest.nested"]);
    expect(checks.find((c) => c.id === "visits.guest.physicalType")!.message).toBe("schema drift: column guest is VARCHAR, declared struct");
  });

  it("checks several objects in one run and one report with their foreign keys: --data NAME=FILE, NAME a name or a physicalName (exit 0)", async () => {
    const {code, stdout, stderr} = await fslab("check", "--contract", fixture("shop-relationships.odcs.yaml"), "--data", `customers=${join(dir, "customers.csv")}`, "--data", `orders=${join(dir, "orders.ok.csv")}`, "--data", `line_items=${join(dir, "items.csv")}`, "--format", "json");
    const result = JSON.parse(stdout) as {status: string; objects: {object: string; rows: number; status: string}[]; checks: Check[]};
    expect([code, stderr]).toEqual([0, ""]);
    expect(result.objects.map((o) => [o.object, o.rows, o.status])).toEqual([["customers", 3, "pass"], ["orders", 2, "warn"], ["order_items", 3, "pass"]]);
    expect(result.checks.filter((c) => c.status !== "pass").map((c) => c.id)).toEqual(["orders.note#1", "orders.note#2"]);
    expect(result.checks.find((c) => c.id === "order_items.order_id.foreignKey")!.status).toBe("pass");
    expect(result.checks.find((c) => c.id === "orders.customer_id+account_no.foreignKey")!.status).toBe("pass");
  });

  it("fails orphan keys, composite ones included, in text and junit; a SQL rule naming an object without data is an error (exit 1)", async () => {
    const args = ["check", "--contract", fixture("shop-relationships.odcs.yaml"), "--data", `customers=${join(dir, "customers.csv")}`, "--data", `orders=${join(dir, "orders.bad.csv")}`];
    const text = await fslab(...args);
    expect(text.code).toBe(1);
    expect(text.stdout.split("\n")[0]).toBe(`${fixture("shop-relationships.odcs.yaml")} on customers=${join(dir, "customers.csv")}, orders=${join(dir, "orders.bad.csv")}: ERROR (6 rows, 25 checks)`);
    expect(text.stdout).toContain("  ERROR orders_have_items                         the rule's SQL failed: Catalog Error: Table with name order_items does not exist!\n");
    expect(text.stdout).toContain("  FAIL  orders.customer_id+account_no.foreignKey  2 of 3 rows (66.7%) have customer_id, account_no with no match in customers (id, account_no); must be = 0 rows\n");
    expect(text.stdout).toContain('e.g. {"order_id":12,"customer_id":9,"account_no":"Z9","coupon":null}');
    const junit = await fslab(...args, "--format", "junit");
    expect(junit.stdout).toContain('<testcase classname="orders" name="orders.customer_id.foreignKey">');
    expect(junit.stdout).toContain('<testcase classname="customers" name="customers.id.present"/>');
  });

  it.each([
    [["--data", "customers=a.csv", "--data", "b.csv"], 'with several --data, write each as NAME=FILE, NAME an object of the contract (customers, orders, order_items); got "b.csv"'],
    [["--data", "customers=a.csv", "--data", "shops=b.csv"], '--data "shops=b.csv": "shops" is not an object of the contract (customers, orders, order_items)'],
    [["--data", "orders=a.csv", "--data", "orders=b.csv"], '--data names object "orders" twice'],
    [["--data", "orders=a.csv", "--object", "orders"], "--object names the object of a single --data FILE; with --data NAME=FILE the names say which object each file holds"],
  ])("refuses bad --data NAME=FILE in one line (exit 2): %j", async (extra, line) => {
    const {code, stdout, stderr} = await fslab("check", "--contract", fixture("shop-relationships.odcs.yaml"), ...extra);
    expect([code, stdout, stderr.trim()]).toEqual([2, "", `fslab check: ${line} (try fslab check --help)`]);
  });

  it("lets a SQL rule read the data and nothing else: another file or a URL is an error check (exit 1)", async () => {
    const contract = join(dir, "snoop.yaml");
    await writeFile(contract, [
      "apiVersion: v3.1.0", "kind: DataContract", "id: snoop", "version: 1.0.0", "status: active", "schema:", "  - name: t", "    properties:", "      - name: x", "    quality:",
      `      - {id: reads_the_data, type: sql, query: "SELECT count(*) FROM t", mustBe: 3}`,
      `      - {id: reads_a_file, type: sql, query: "SELECT count(*) FROM read_text('/etc/hostname')", mustBe: 1}`,
      `      - {id: reads_a_url, type: sql, query: "SELECT count(*) FROM read_csv('https://example.org/x.csv')", mustBe: 1}`,
      `      - {id: reads_the_file_again, type: sql, query: "SELECT count(*) FROM read_csv('${join(dir, "broken.csv")}')", mustBe: 3}`,
    ].join("\n"));
    const {code, stdout} = await fslab("check", "--contract", contract, "--data", join(dir, "broken.csv"), "--format", "json");
    const checks = (JSON.parse(stdout) as {checks: Check[]}).checks;
    expect(code).toBe(1);
    expect(checks.filter((c) => c.id.startsWith("reads_")).map((c) => [c.id, c.status, c.message.replace(/ - file system.*$/, "")])).toEqual([
      ["reads_the_data", "pass", "the query returned 3; must be = 3"],
      ["reads_a_file", "error", `the rule's SQL failed: Permission Error: Cannot access file "/etc/hostname"`],
      ["reads_a_url", "error", `the rule's SQL failed: Permission Error: Cannot access file "https://example.org/x.csv"`],
      ["reads_the_file_again", "pass", "the query returned 3; must be = 3"],
    ]);
  });
});
