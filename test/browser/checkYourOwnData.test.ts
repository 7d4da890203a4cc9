import {copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {chromium, type Browser, type BrowserContext, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {generateWorld} from "../../lib/synth/index.js";
import {createNativeEngine} from "../../src/engines/index.js";
import {pageProblems, pageReady} from "./pageReady.js";
import {serveStatic} from "./staticServer.js";
import {siteDist} from "../site/siteDist.js";
import {fslabProcess} from "../src/cli/fslab.js";
import {parse, stringify} from "yaml";

// "Check your own data" with real file picks (playwright's setInputFiles): a CSV with
// hostile column names and values (NaN, Infinity, <script>), the lab's contract on it (none
// of its columns), a contract that does not parse, a Parquet file written by native DuckDB
// (decoded in the page by hyparquet) and the same rows compressed with ZSTD, and bad files
// that must each give ONE clear line: bytes that are not Parquet, an empty CSV, a CSV with a
// ragged row. Several files at once: the lab's two-table example (customers.csv, orders.csv
// and shop.yaml, a composite foreign key) gives the same checks as `fslab check --data
// customers=… --data orders=…` on the same files; a file named like no object gets the
// object left over or none, and says so; a broken second file is one line. A SQL rule
// reaches no URL and no file. Same launch and skip rules as pages.test.ts; FSLAB_DIST serves another build
// directory than dist/.
const executablePath = process.env.FSLAB_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(executablePath);
const ci = process.env.CI === "true";
const screenshots = "test-output/screenshots";
const hostile = `it's "x"; DROP TABLE t; -- <img src=x onerror=alert(1)>`;

describe.skipIf(!hasChromium && !ci)("check your own data in Chromium", () => {
  let browser: Browser;
  let server: {url: string; close: () => Promise<void>};
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`checkYourOwnData.test: CI=true requires Chromium at ${executablePath}`);
    dir = mkdtempSync(join(tmpdir(), "fslab-pick-"));
    writeFileSync(join(dir, "hostile.csv"), [
      `id,"${hostile.replaceAll('"', '""')}",amount,select,score`,
      ...Array.from({length: 40}, (_, i) => `${i + 1},"${["<b>bold</b>", "café ☕", "a,b", "<script>alert(1)</script>"][i % 4]}",${(i * 1.5).toFixed(2)},${i % 2 ? "yes" : "no"},${["NaN", "Infinity", "-Infinity", "0.5"][i % 4]}`),
    ].join("\n") + "\n");
    writeFileSync(join(dir, "broken.parquet"), "this is not parquet, only text\n".repeat(10));
    writeFileSync(join(dir, "empty.csv"), "");
    writeFileSync(join(dir, "ragged.csv"), "id,amount,name\n1,2.5,a\n2,3.5,b,extra\n3,4.5,c\n");
    // The lab's two-table example, as a reader would pick it: orders under another name, and a file that is no object of the contract.
    const shop = "notebooks/data/contracts/shop";
    copyFileSync(join(shop, "customers.csv"), join(dir, "customers.csv"));
    copyFileSync(join(shop, "orders.csv"), join(dir, "my-orders.csv"));
    copyFileSync(join(shop, "orders.csv"), join(dir, "orders.csv"));
    writeFileSync(join(dir, "notes.csv"), "day,note\n2026-03-30,stocktake\n");
    // Every line under the header has one field more: DuckDB's sniffer alone drops the header and reads on.
    writeFileSync(join(dir, "ragged-top.csv"), "id,amount\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n");
    // The world's last 2000 transactions: they keep transactions.v1.yaml, freshness included.
    const native = await createNativeEngine();
    try {
      await native.loadArrow("t", generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions);
      const path = join(dir, "transactions.parquet");
      await native.query(`COPY (SELECT * FROM t ORDER BY event_timestamp DESC, txn_id LIMIT 2000) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 500)`);
      // ZSTD, as Polars writes by default: decoded in the page by hyparquet-compressors.
      await native.query(`COPY (SELECT * FROM read_parquet('${path}')) TO '${join(dir, "transactions-zstd.parquet")}' (FORMAT parquet, ROW_GROUP_SIZE 500, COMPRESSION zstd)`);
      // The example's customers as Parquet, to pick with the orders CSV.
      await native.query(`COPY (SELECT * FROM read_csv('${join(dir, "customers.csv")}')) TO '${join(dir, "customers.parquet")}' (FORMAT parquet)`);
    } finally {
      await native.close();
    }
    server = await serveStatic(siteDist);
    browser = await chromium.launch({
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    mkdirSync(screenshots, {recursive: true});
    context = await browser.newContext({viewport: {width: 1280, height: 900}});
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text().split("\n")[0]}`);
    });
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message.split("\n")[0]}`));
    page.on("dialog", (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    context.on("request", (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) problems.push(`foreign request: ${r.url()}`);
    });
    await page.goto(server.url + "/check-your-own-data", {waitUntil: "load"});
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  async function settled(name: string) {
    await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 120_000});
    await page.screenshot({path: `${screenshots}/check-your-own-data_${name}.png`, fullPage: true}).catch(() => {});
    const found = (await page.evaluate(pageProblems)) as {errorCells: string[]; sqlErrors: string[]; reported: string[]};
    return [...problems, ...found.errorCells, ...found.sqlErrors, ...found.reported];
  }

  const results = () => page.locator("[data-fslab=check-results]");
  const progress = () => page.locator("[data-fslab=file-progress]");

  /** Picks a file and waits until the page has read it (or said why not) and settled. */
  async function pick(file: string) {
    await page.setInputFiles("input[type=file]", join(dir, file));
    await page.waitForFunction((name) => {
      const node = document.querySelector<HTMLElement>("[data-fslab=file-progress]");
      return node !== null && node.textContent!.includes(name) && node.dataset.state !== "loading";
    }, file, {timeout: 120_000});
    return settled(file.replace(/\W+/g, "-"));
  }

  /** Picks several files at once and waits until the page has read each (or said why not) and settled. */
  async function pickMany(names: string[]) {
    await page.setInputFiles("input[type=file]", names.map((f) => join(dir, f)));
    await page.waitForFunction((names) => {
      const nodes = Array.from(document.querySelectorAll<HTMLElement>("[data-fslab=file-progress]")).filter((n) => names.some((name) => n.textContent!.includes(name)));
      return nodes.length === names.length && nodes.every((n) => n.dataset.state === "done" || n.dataset.state === "failed");
    }, names, {timeout: 120_000});
    // Then settled, as pick() is: the contract controls are drawn again once the files are read, and a choice made before that is lost.
    await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 120_000});
  }

  /** The page's results.json, read from its download link (a blob made in the tab). */
  function pageResult() {
    return page.evaluate(async () => (await fetch(document.querySelector<HTMLAnchorElement>("a[download='results.json']")!.href)).json());
  }

  /** What must agree between the page and the CLI, check by check (their SQL names different tables). */
  const comparable = (result: {checks: Record<string, unknown>[]}) => result.checks.map(({id, object, status, value, unexpected_count, message}) => ({id, object, status, value, unexpected_count, message}));

  /** The one clear line a bad file must give: the progress line fails, nothing else is red, no stale results. */
  async function expectOneLine(message: RegExp) {
    expect(await progress().getAttribute("data-state")).toBe("failed");
    expect(await progress().textContent()).toMatch(message);
    expect(await page.locator(".fslab-c-problem").count()).toBe(1);
    expect(await page.locator("[data-fslab=no-results]").textContent()).toContain("the file was not read");
    expect(await results().count()).toBe(0);
    expect(await page.locator("textarea").count()).toBe(0);
  }

  it("checks the shipped example on load: the planted defects fail", {timeout: 180_000}, async () => {
    expect(await settled("example")).toEqual([]);
    expect(await results().getAttribute("data-status")).toBe("fail");
    const text = await results().textContent();
    for (const id of ["channel.enum", "amount.type", "amount.exclusiveMinimum", "one_row_per_version"]) expect(text).toContain(id);
  });

  it("checks the built-in example of two tables with a relationship (a composite foreign key) exactly as fslab check --data customers=… --data orders=… does", {timeout: 180_000}, async () => {
    await page.getByLabel("example: two tables with a relationship").check();
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.includes("corner-shop"), undefined, {timeout: 60_000});
    expect(await settled("example-shop")).toEqual([]);
    expect(await page.getByLabel("Lab contract").inputValue()).toBe("4"); // shop.yaml, the 5th of the lab's contracts
    expect(await page.locator("[data-fslab=file-objects]").textContent()).toBe("customers.csv (table your_data) → object customers: by its nameorders.csv (table your_data_2) → object orders: by its name");
    expect(await results().getAttribute("data-status")).toBe("fail");
    expect(await page.locator("[data-fslab=object-results][data-object=customers]").getAttribute("data-status")).toBe("pass");
    const orders = page.locator("[data-fslab=object-results][data-object=orders]");
    expect(await orders.getAttribute("data-status")).toBe("fail");
    expect(await orders.textContent()).toContain("3 of 12 rows (25%) have store, customer_no with no match in customers (store, customer_no)");
    // The same files through the CLI, in Node: every check's status, value, count and message agree.
    const shop = "notebooks/data/contracts/shop";
    const cli = fslabProcess("check", "--contract", `${shop}/shop.yaml`, "--data", `customers=${shop}/customers.csv`, "--data", `orders=${shop}/orders.csv`, "--format", "json", "--as-of", "2026-04-01T00:00:00Z");
    expect(cli.code).toBe(1);
    const node = JSON.parse(cli.stdout);
    const browser = await pageResult();
    expect(comparable(browser)).toEqual(comparable(node));
    expect(browser.objects.map((o: {object: string; rows: number; status: string}) => [o.object, o.rows, o.status])).toEqual(node.objects.map((o: {object: string; rows: number; status: string}) => [o.object, o.rows, o.status]));
    const key = (r: {checks: {id: string; unexpected_count: number; samples: {order_id: number}[]}[]}) => r.checks.find((c) => c.id === "orders.store+customer_no.foreignKey")!;
    expect(key(browser).unexpected_count).toBe(3);
    expect(key(browser).samples.map((row) => row.order_id).sort()).toEqual(key(node).samples.map((row) => row.order_id).sort());
    expect(await page.locator(".callout").textContent()).toContain("in orders, 3 of 12 rows (25%) have store, customer_no with no match in customers");
  });

  it("checks a picked CSV with hostile names against the contract inferred from it: quoted, shown as text, passing", {timeout: 180_000}, async () => {
    expect(await pick("hostile.csv")).toEqual([]);
    expect(await progress().textContent()).toContain("hostile.csv: 40 rows, 5 columns");
    expect(await page.getByLabel("infer a starter contract from the file").isChecked()).toBe(true);
    expect(await results().getAttribute("data-status")).toBe("pass");
    expect(await page.locator("main").textContent()).toContain(hostile);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.locator("b", {hasText: "bold"}).count()).toBe(0);
    expect(await page.locator("main script").count()).toBe(0);
  });

  it("says when none of a lab contract's columns is in the picked file, with no error cell", {timeout: 180_000}, async () => {
    await page.getByLabel("one of the lab's contracts").check();
    await page.getByLabel("Lab contract").selectOption("labels.yaml");
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.includes("synthetic-world-labels"), undefined, {timeout: 60_000});
    expect(await settled("csv-wrong-contract")).toEqual([]);
    expect(await page.locator("[data-fslab=no-column-matches]").textContent()).toMatch(/^None of the contract's 5 columns is in hostile\.csv \(its columns: id, /);
    expect(await results().getAttribute("data-status")).toBe("error");
  });

  it("lists a pasted contract's YAML problems by line in one block, and shows no results", {timeout: 180_000}, async () => {
    await page.getByLabel("paste your own YAML").check();
    await settled("csv-paste");
    await page.locator("textarea").fill("apiVersion: v3.0.2\nkind: DataContract\n  id: [oops\n");
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.startsWith("The contract does not parse"), undefined, {timeout: 60_000});
    expect(await settled("csv-bad-yaml")).toEqual([]);
    expect(await page.locator("[data-fslab=contract-parse]").textContent()).toMatch(/^The contract does not parse: line \d+: not valid YAML: /);
    expect(await page.locator(".fslab-c-problem").count()).toBe(1);
    expect(await page.locator("[data-fslab=no-results]").textContent()).toContain("the contract does not parse");
    expect(await results().count()).toBe(0);
  });

  it("runs a pasted contract's type: sql rules on the picked CSV in the page: by {object}, name and physicalName; a bad one is an error", {timeout: 180_000}, async () => {
    await page.locator("textarea").fill([
      "apiVersion: v3.1.0", "kind: DataContract", "id: sql-rules", "version: 1.0.0", "status: active", "schema:",
      "  - name: picked", "    physicalName: picked_file", "    properties:",
      "      - {name: row_id, physicalName: id, logicalType: integer}",
      "      - name: amount", "        quality:", "          - {id: amount_max, type: sql, query: 'SELECT max({property}) FROM {object}', mustBeLessThan: 100}",
      "    quality:",
      "      - {id: forty_rows, type: sql, query: 'SELECT count(*) FROM picked', mustBe: 40}",
      "      - {id: by_physical_name, type: sql, query: 'SELECT count(DISTINCT id) FROM picked_file', mustBeGreaterOrEqualTo: 40}",
      "      - {id: two_values, type: sql, query: 'SELECT 1, 2', mustBe: 1}",
    ].join("\n"));
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.includes("sql-rules"), undefined, {timeout: 60_000});
    expect(await settled("csv-sql-rules")).toEqual([]);
    expect(await results().getAttribute("data-status")).toBe("error");
    const text = await results().textContent();
    for (const line of ["the query returned 58.5; must be < 100", "the query returned 40; must be = 40", "the query returned 2 columns (1, 2); a SQL rule must return one value (one row, one column)", "column id (property row_id) is present"]) expect(text).toContain(line);
  });

  it("confines a contract's SQL rules to the picked files: no URL, no path outside the uploads, each an error", {timeout: 180_000}, async () => {
    const probes: string[] = [];
    const probe = (r: {url: () => string}) => void (r.url().includes("fslab-probe") && probes.push(r.url()));
    context.on("request", probe);
    await page.locator("textarea").fill([
      "apiVersion: v3.1.0", "kind: DataContract", "id: sql-reach", "version: 1.0.0", "status: active", "schema:",
      "  - name: picked", "    properties: [{name: id, logicalType: integer}]", "    quality:",
      `      - {id: same_origin, type: sql, query: "SELECT count(*) FROM read_csv('${server.url}/fslab-probe.csv')", mustBe: 0}`,
      "      - {id: other_origin, type: sql, query: \"SELECT count(*) FROM 'https://example.com/fslab-probe.csv'\", mustBe: 0}",
      "      - {id: local_path, type: sql, query: \"SELECT count(*) FROM read_csv('/etc/passwd')\", mustBe: 0}",
      "      - {id: own_file, type: sql, query: 'SELECT count(*) FROM {object}', mustBe: 40}",
    ].join("\n"));
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.includes("sql-reach"), undefined, {timeout: 60_000});
    expect(await settled("csv-sql-reach")).toEqual([]);
    context.off("request", probe);
    expect(probes).toEqual([]);
    const checks = (await pageResult()).checks as {id: string; status: string; message: string}[];
    for (const id of ["same_origin", "other_origin", "local_path"]) {
      const check = checks.find((c) => c.id === id)!;
      expect(check.status).toBe("error");
      expect(check.message).toMatch(/^the rule's SQL failed: Permission Error: Cannot access file ".*" - file system operations are disabled by configuration/);
    }
    expect(checks.find((c) => c.id === "own_file")!.status).toBe("pass");
  });

  it("checks a picked Parquet file (decoded by hyparquet) against transactions.v1.yaml: passing", {timeout: 180_000}, async () => {
    await pick("transactions.parquet");
    await page.getByLabel("one of the lab's contracts").check();
    expect(await settled("parquet")).toEqual([]);
    expect(await page.locator("[data-fslab=file-progress]").textContent()).toContain("transactions.parquet: 2,000 rows, 9 columns, decoded by hyparquet");
    expect(await page.locator("[data-fslab=contract-parse]").textContent()).toContain("synthetic-world-transactions");
    expect(await results().getAttribute("data-status")).toBe("pass");
  });

  it("checks a picked ZSTD-compressed Parquet file against transactions.v1.yaml: decoded in the page, passing", {timeout: 180_000}, async () => {
    expect(await pick("transactions-zstd.parquet")).toEqual([]);
    await page.getByLabel("one of the lab's contracts").check();
    expect(await settled("parquet-zstd")).toEqual([]);
    expect(await progress().getAttribute("data-state")).not.toBe("failed");
    expect(await progress().textContent()).toContain("transactions-zstd.parquet: 2,000 rows, 9 columns, decoded by hyparquet");
    expect(await page.locator(".fslab-c-problem").count()).toBe(0);
    expect(await page.locator("[data-fslab=contract-parse]").textContent()).toContain("synthetic-world-transactions");
    expect(await results().getAttribute("data-status")).toBe("pass");
  });

  it("says in one line that a file which is not Parquet cannot be read, and shows no results", {timeout: 180_000}, async () => {
    expect(await pick("broken.parquet")).toEqual([]);
    await expectOneLine(/^broken\.parquet is not a Parquet file: it does not end with the "PAR1" marker/);
  });

  it("says in one line that an empty CSV has nothing to check", {timeout: 180_000}, async () => {
    expect(await pick("empty.csv")).toEqual([]);
    await expectOneLine(/^empty\.csv is empty \(0 bytes\): there is nothing to check\.$/);
  });

  it("names the line and the field counts of a ragged CSV row (DuckDB alone reads it as one column)", {timeout: 180_000}, async () => {
    expect(await pick("ragged.csv")).toEqual([]);
    await expectOneLine(/^ragged\.csv has a ragged row: line 3 has 4 fields where the header has 3: “2,3\.5,b,extra”\./);
  });

  it("refuses a CSV whose rows have more fields than its header instead of dropping the header", {timeout: 180_000}, async () => {
    expect(await pick("ragged-top.csv")).toEqual([]);
    await expectOneLine(/^ragged-top\.csv has a ragged row: line 2 has 3 fields where the header has 2: “1,2,3”\./);
  });

  it("maps several picked files to shop.yaml's objects: by name, the object left over, or none (said so); a file can be given no object, and its object then has none", {timeout: 180_000}, async () => {
    await pickMany(["customers.csv", "my-orders.csv", "notes.csv"]);
    await page.getByLabel("one of the lab's contracts").check();
    await page.getByLabel("Lab contract").selectOption("shop.yaml (two objects)");
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.includes("corner-shop"), undefined, {timeout: 60_000});
    expect(await settled("three-files")).toEqual([]);
    const line = (file: string) => page.locator(`[data-fslab=file-objects] li[data-file='${file}']`).textContent();
    expect(await line("customers.csv")).toBe("customers.csv (table your_data) → object customers: by its name");
    expect(await line("my-orders.csv")).toBe("my-orders.csv (table your_data_2) → object orders: no object is named like it; it got the first object without a file — change it above if that is wrong");
    expect(await line("notes.csv")).toBe("notes.csv (table your_data_3) → no object: no object of the contract is named notes and every object has a file: it is not checked");
    expect(await page.locator("[data-fslab=objects-without-file]").count()).toBe(0);
    expect(await page.locator("[data-fslab=object-results]").count()).toBe(2);
    expect(await page.locator("[data-fslab=object-results][data-object=orders]").textContent()).toContain("3 of 12 rows (25%) have store, customer_no with no match in customers (store, customer_no)");
    // my-orders.csv given no object: orders has no file, said plainly; customers alone passes.
    await page.getByLabel("my-orders.csv").selectOption({label: "no object: not checked"});
    await page.waitForFunction(() => document.querySelector("[data-fslab=objects-without-file]") !== null, undefined, {timeout: 60_000});
    expect(await settled("three-files-no-orders")).toEqual([]);
    expect(await page.locator("[data-fslab=objects-without-file]").textContent()).toBe("Object orders has no file: its checks are not run, and a relationship to it is a warning. Pick its file together with the others to check it too.");
    expect(await line("my-orders.csv")).toBe("my-orders.csv (table your_data_2) → no object: not checked (chosen above)");
    expect(await page.locator("[data-fslab=object-results]").count()).toBe(1);
    expect(await results().getAttribute("data-status")).toBe("pass");
    // Two files given the same object: one problem, no results.
    await page.getByLabel("notes.csv").selectOption({label: "customers"});
    await page.waitForFunction(() => document.querySelector("[data-fslab=file-objects]")?.classList.contains("fslab-c-problem"), undefined, {timeout: 60_000});
    expect(await settled("three-files-clash")).toEqual([]);
    expect(await page.locator("[data-fslab=file-objects]").textContent()).toBe("2 files hold object customers (customers.csv, notes.csv): give each file its own object above.");
    expect(await page.locator("[data-fslab=no-results]").textContent()).toContain("two files hold the same object");
    expect(await results().count()).toBe(0);
  });

  it("says in one line that the second of two picked files cannot be read, and shows no results", {timeout: 180_000}, async () => {
    await pickMany(["customers.csv", "ragged.csv"]);
    expect(await settled("two-files-ragged")).toEqual([]);
    expect(await progress().nth(0).getAttribute("data-state")).toBe("done");
    expect(await progress().nth(1).getAttribute("data-state")).toBe("failed");
    expect(await page.locator(".fslab-c-problem").count()).toBe(1);
    expect(await page.locator(".fslab-c-problem").textContent()).toMatch(/^ragged\.csv has a ragged row: line 3 has 4 fields where the header has 3/);
    expect(await page.locator("[data-fslab=no-results]").textContent()).toBe("No results yet: ragged.csv was not read (the reason is under 1 · The file).");
    expect(await results().count()).toBe(0);
  });

  it("checks a Parquet file and a CSV file together: customers.parquet and orders, the same 3 orders with no customer", {timeout: 180_000}, async () => {
    await pickMany(["customers.parquet", "my-orders.csv"]);
    await page.getByLabel("one of the lab's contracts").check();
    await page.getByLabel("Lab contract").selectOption("shop.yaml (two objects)");
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.includes("corner-shop"), undefined, {timeout: 60_000});
    expect(await settled("parquet-and-csv")).toEqual([]);
    expect(await progress().nth(0).textContent()).toContain("customers.parquet: 5 rows, 4 columns, decoded by hyparquet");
    expect(await page.locator("[data-fslab=object-results][data-object=customers]").getAttribute("data-status")).toBe("pass");
    expect(await page.locator("[data-fslab=object-results][data-object=orders]").textContent()).toContain("3 of 12 rows (25%) have store, customer_no with no match in customers (store, customer_no)");
  });

  it("checks one file against one object of shop.yaml: the object without a file is named, its relationship is a warning, and a SQL rule naming it cannot read an earlier run's file", {timeout: 180_000}, async () => {
    await pickMany(["orders.csv"]);
    await page.getByLabel("one of the lab's contracts").check();
    await page.getByLabel("Lab contract").selectOption("shop.yaml (two objects)");
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.includes("corner-shop"), undefined, {timeout: 60_000});
    expect(await settled("one-file-of-two")).toEqual([]);
    expect(await page.locator("[data-fslab=file-objects] li").textContent()).toBe("orders.csv (table your_data) → object orders: by its name");
    expect(await page.locator("[data-fslab=objects-without-file]").textContent()).toMatch(/^Object customers has no file: /);
    const checks = (await pageResult()).checks as {id: string; status: string; message: string}[];
    expect(checks.find((c) => c.id === "orders.store+customer_no.foreignKey")).toMatchObject({status: "warn", message: "not checkable: no data was given for object customers, so foreignKey (store, customer_no) → customers (store, customer_no) was not checked"});
    // The previous test named a table customers; this run must not see it.
    const rule = checks.find((c) => c.id === "ordered_after_joining")!;
    expect(rule.status).toBe("error");
    expect(rule.message).toMatch(/^the rule's SQL failed: Catalog Error: Table with name customers does not exist/);
  });

  it("infers a starter contract of one object per picked file, which they keep; the relationship it suggests on their shared columns, added, finds the 3 orders with no customer", {timeout: 180_000}, async () => {
    await pickMany(["customers.csv", "my-orders.csv"]);
    expect(await page.getByLabel("infer a starter contract from the files").isChecked()).toBe(true);
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.includes("inferred-customers-my-orders"), undefined, {timeout: 60_000});
    expect(await settled("two-files-inferred")).toEqual([]);
    expect(await page.locator("[data-fslab=contract-parse]").textContent()).toMatch(/^Contract inferred-customers-my-orders 0\.1\.0 \(draft\): 2 objects, customers \(\d+ checks\), my_orders \(\d+ checks\)\.$/);
    expect(await page.locator("[data-fslab=file-objects]").textContent()).toBe("customers.csv (table your_data) → object customers: by its namemy-orders.csv (table your_data_2) → object my_orders: by its name");
    expect(await results().getAttribute("data-status")).toBe("pass");
    const hint = await page.locator("[data-fslab=relationship-hint]").textContent();
    const suggested = /relationships: \[\{from: (\[.*?\]), to: (\[.*?\])\}\]/.exec(hint!)!;
    expect(suggested.slice(1)).toEqual(["[my_orders.store, my_orders.customer_no]", "[customers.store, customers.customer_no]"]);
    // The suggestion, added to the inferred contract as a reader would: under my_orders.
    const contract = parse(await page.locator("textarea").inputValue());
    contract.schema[1].relationships = [{from: ["my_orders.store", "my_orders.customer_no"], to: ["customers.store", "customers.customer_no"]}];
    await page.locator("textarea").fill(stringify(contract));
    await page.waitForFunction(() => document.querySelector("[data-fslab=contract-parse]")?.textContent?.includes("1 relationship"), undefined, {timeout: 60_000});
    expect(await settled("two-files-inferred-related")).toEqual([]);
    expect(await page.locator("[data-fslab=relationship-hint]").count()).toBe(0);
    expect(await results().getAttribute("data-status")).toBe("fail");
    expect(await page.locator("[data-fslab=object-results][data-object=my_orders]").textContent()).toContain("3 of 12 rows (25%) have store, customer_no with no match in customers (store, customer_no)");
  });
});
