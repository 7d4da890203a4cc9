import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {serveStatic} from "./staticServer.js";
import {siteDist} from "../site/siteDist.js";

// What a sqlCell says about a query, in Chromium on the built site: the time it shows is
// DuckDB's on that query, the wait behind the page's other work apart
// (notebooks/components/shell/duckdbClient.js: serialQueue, roundTripClock, queryTiming), and
// NaN/±Infinity read differently from NULL (nonFiniteCells). As browserParity.test.ts,
// the test opens the built home page (it starts no DuckDB) and imports the modules
// Framework wrote to _import/components/shell/. No clock bound: the assertions are orderings
// that hold however fast the machine is. FSLAB_DIST points it at another build than dist/.
const executablePath = process.env.FSLAB_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(executablePath);
const ci = process.env.CI === "true";

/** The site URL of a component Framework built into the site (built only if some page imports it). */
function builtComponent(name: string): string {
  const dir = join(siteDist, "_import/components/shell");
  const found = (existsSync(dir) ? readdirSync(dir) : []).filter((f) => new RegExp(`^${name}\\.[0-9a-f]{8}\\.js$`).test(f));
  if (found.length !== 1) throw new Error(`queryTiming.test: expected one _import/components/shell/${name}.<hash>.js in ${siteDist}, found ${found.length}`);
  return `/_import/components/shell/${found[0]}`;
}

type Timing = {queuedAt: number; startedAt: number; endedAt: number; waitedMs: number; ms: number; elapsedMs: number};

describe.skipIf(!hasChromium && !ci)("sqlCell timings and non-finite values in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let server: {url: string; close: () => Promise<void>};
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`queryTiming.test: CI=true requires Chromium at ${executablePath}`);
    const urls = {client: builtComponent("duckdbClient"), cell: builtComponent("sqlCell")};
    server = await serveStatic(siteDist);
    browser = await chromium.launch({
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text().split("\n")[0]}`);
    });
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message.split("\n")[0]}`));
    await page.goto(server.url + "/", {waitUntil: "load"});
    // A string, so no compiler helper leaks into the page.
    await page.evaluate(`Promise.all([import(${JSON.stringify(urls.client)}), import(${JSON.stringify(urls.cell)})])
      .then(([client, cell]) => { globalThis.__timing = {client, cell}; return client.getEngine(); })
      .then(() => undefined)`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("queryTiming: a query queued behind a slow one starts after it ends, and its wait is reported apart from its own time", async () => {
    const [slow, quick] = (await page.evaluate(`(async () => {
      const {client} = globalThis.__timing;
      const engine = await client.getEngine();
      // Both queued at once: the second waits for the first on the page's one connection.
      const tables = await Promise.all([
        engine.query("SELECT sum(i * i) AS s FROM range(20000000) t(i)"),
        engine.query("SELECT 42 AS answer"),
      ]);
      return tables.map((table) => client.queryTiming(table));
    })()`)) as [Timing, Timing];
    expect(quick.startedAt).toBeGreaterThanOrEqual(slow.endedAt);
    expect(quick.waitedMs).toBe(quick.startedAt - quick.queuedAt);
    expect(quick.waitedMs).toBeGreaterThanOrEqual(slow.ms);
    for (const t of [slow, quick]) {
      expect(t.ms).toBeGreaterThanOrEqual(0);
      expect(t.ms).toBeLessThanOrEqual(t.elapsedMs);
    }
  });

  it("queryTiming of a failed query is on the error it rejects with", async () => {
    const timing = (await page.evaluate(`(async () => {
      const {client} = globalThis.__timing;
      const engine = await client.getEngine();
      try {
        await engine.query("SELECT * FROM no_such_table");
        return "resolved";
      } catch (error) {
        return client.queryTiming(error) ?? "no timing";
      }
    })()`)) as Timing | string;
    expect(timing).toMatchObject({waitedMs: expect.any(Number), ms: expect.any(Number)});
  });

  it("runSql reports DuckDB's time and the wait; sqlCell shows the wait only beside the time", async () => {
    const shown = (await page.evaluate(`(async () => {
      const {cell} = globalThis.__timing;
      const [slow, quick] = await Promise.all([
        cell.runSql("SELECT sum(i * i) AS s FROM range(20000000) t(i)"),
        cell.runSql("SELECT 42 AS answer"),
      ]);
      const meta = (r) => cell.sqlCell(r).querySelector(".fslab-sql__meta").textContent;
      return {slow: {ms: slow.ms, waitedMs: slow.waitedMs}, quick: {ms: quick.ms, waitedMs: quick.waitedMs},
        text: meta({...quick, ms: 38, waitedMs: 1234}), alone: meta({...quick, ms: 38, waitedMs: 3})};
    })()`)) as {slow: Timing; quick: Timing; text: string; alone: string};
    expect(shown.quick.waitedMs).toBeGreaterThanOrEqual(shown.slow.ms);
    expect(shown.text).toBe("1 row · 38 ms (waited 1.2 s behind the page's other work)");
    expect(shown.alone).toBe("1 row · 38 ms");
  });

  it("sqlCell shows NaN as 'NaN' and ±Infinity as '∞'/'-∞', and NULL as an empty cell, with or without a page format", async () => {
    const cells = (await page.evaluate(`(async () => {
      const {cell} = globalThis.__timing;
      const r = await cell.runSql("SELECT x FROM (VALUES (0.5::DOUBLE, 1), ('nan'::DOUBLE, 2), (NULL, 3), ('inf'::DOUBLE, 4), ('-inf'::DOUBLE, 5)) t(x, i) ORDER BY i");
      const texts = (figure) => [...figure.querySelectorAll("tbody tr")].map((tr) => tr.querySelectorAll("td")[1].textContent);
      return {
        plain: texts(cell.sqlCell(r)),
        formatted: texts(cell.sqlCell(r, {format: {x: (v) => (100 * v).toFixed(0) + "%"}})),
      };
    })()`)) as {plain: string[]; formatted: string[]};
    expect(cells.plain).toEqual(["0.5", "NaN", "", "∞", "-∞"]);
    expect(cells.formatted).toEqual(["50%", "NaN", "", "∞", "-∞"]);
  });

  it("the page logged no error or warning", () => {
    expect(problems).toEqual([]);
  });
});
