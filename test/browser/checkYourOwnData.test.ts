import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {chromium, type Browser, type BrowserContext, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {generateWorld} from "../../lib/synth/index.js";
import {createNativeEngine} from "../../src/engines/index.js";
import {pageProblems, pageReady} from "./pageReady.js";
import {serveStatic} from "./staticServer.js";

// "Check your own data" with real file picks (playwright's setInputFiles): a CSV with
// hostile column names and values, a Parquet file written by native DuckDB (decoded in the
// page by hyparquet), and bytes that are not Parquet. Same launch and skip rules as
// pages.test.ts; FSLAB_DIST serves another build directory than dist/.
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
      `id,"${hostile.replaceAll('"', '""')}",amount,select`,
      ...Array.from({length: 40}, (_, i) => `${i + 1},"${["<b>bold</b>", "café ☕", "a,b"][i % 3]}",${(i * 1.5).toFixed(2)},${i % 2 ? "yes" : "no"}`),
    ].join("\n") + "\n");
    writeFileSync(join(dir, "broken.parquet"), "this is not parquet, only text\n".repeat(10));
    // The world's last 2000 transactions: they keep transactions.v1.yaml, freshness included.
    const native = await createNativeEngine();
    try {
      await native.loadArrow("t", generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions);
      const path = join(dir, "transactions.parquet");
      await native.query(`COPY (SELECT * FROM t ORDER BY event_timestamp DESC, txn_id LIMIT 2000) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 500)`);
    } finally {
      await native.close();
    }
    server = await serveStatic(process.env.FSLAB_DIST ?? "dist");
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

  it("checks the shipped example on load: the planted defects fail", {timeout: 180_000}, async () => {
    expect(await settled("example")).toEqual([]);
    expect(await results().getAttribute("data-status")).toBe("fail");
    const text = await results().textContent();
    for (const id of ["channel.enum", "amount.type", "amount.exclusiveMinimum", "one_row_per_version"]) expect(text).toContain(id);
  });

  it("checks a picked CSV with hostile names against the contract inferred from it: quoted, shown as text, passing", {timeout: 180_000}, async () => {
    await page.setInputFiles("input[type=file]", join(dir, "hostile.csv"));
    expect(await settled("csv")).toEqual([]);
    expect(await page.locator("[data-fslab=file-progress]").textContent()).toContain("hostile.csv: 40 rows, 4 columns");
    expect(await page.getByLabel("infer a starter contract from the file").isChecked()).toBe(true);
    expect(await results().getAttribute("data-status")).toBe("pass");
    expect(await page.locator("main").textContent()).toContain(hostile);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.locator("b", {hasText: "bold"}).count()).toBe(0);
  });

  it("checks a picked Parquet file (decoded by hyparquet) against transactions.v1.yaml: passing", {timeout: 180_000}, async () => {
    await page.setInputFiles("input[type=file]", join(dir, "transactions.parquet"));
    await settled("parquet-inferred");
    await page.getByLabel("one of the lab's contracts").check();
    expect(await settled("parquet")).toEqual([]);
    expect(await page.locator("[data-fslab=file-progress]").textContent()).toContain("transactions.parquet: 2,000 rows, 9 columns, decoded by hyparquet");
    expect(await page.locator("[data-fslab=contract-parse]").textContent()).toContain("synthetic-world-transactions");
    expect(await results().getAttribute("data-status")).toBe("pass");
  });

  it("says in one line that a file which is not Parquet cannot be read, and shows no results", {timeout: 180_000}, async () => {
    await page.setInputFiles("input[type=file]", join(dir, "broken.parquet"));
    expect(await settled("broken")).toEqual([]);
    const progress = page.locator("[data-fslab=file-progress]");
    expect(await progress.getAttribute("data-state")).toBe("failed");
    expect(await progress.textContent()).toMatch(/^broken\.parquet could not be read as Parquet: /);
    expect(await page.locator("[data-fslab=no-results]").textContent()).toContain("broken.parquet could not be read as Parquet");
    expect(await results().count()).toBe(0);
  });
});
