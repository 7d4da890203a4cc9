import {existsSync, mkdirSync} from "node:fs";
import {chromium, type Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {configPages} from "../site/configPages.js";
import {pageProblems, pageReady} from "./pageReady.js";
import {serveStatic} from "./staticServer.js";
import {siteDist} from "../site/siteDist.js";

// Opens every page listed in observablehq.config.ts, in Debian's Chromium, from the built
// site (dist/, built by test/site/buildSite.ts), waits until the page is ready (see
// pageReady.ts: the contract every page follows) and fails on any console error or
// warning, uncaught error, failed or foreign request, error cell or failed query.
// Full-page screenshots go to test-output/screenshots/ (gitignored).
const executablePath = process.env.FSLAB_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(executablePath);
const ci = process.env.CI === "true";
const screenshots = "test-output/screenshots";

if (!hasChromium && !ci) {
  console.warn(
    `\n${"!".repeat(78)}\n!! BROWSER TESTS SKIPPED: no Chromium at ${executablePath}.\n` +
      `!! Install it (apt-get install -y chromium) or set FSLAB_CHROMIUM; CI=true makes this a failure.\n${"!".repeat(78)}\n`
  );
}

describe.skipIf(!hasChromium && !ci)("every page in Chromium", () => {
  let browser: Browser;
  let server: {url: string; close: () => Promise<void>};

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`pages.test: CI=true requires Chromium at ${executablePath}`);
    server = await serveStatic(siteDist);
    browser = await chromium.launch({
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    mkdirSync(screenshots, {recursive: true});
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const path of configPages()) {
    it(`${path} renders its results with no error and no foreign request`, {timeout: 240_000}, async () => {
      const context = await browser.newContext({viewport: {width: 1280, height: 900}});
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text().split("\n")[0]}`);
      });
      page.on("pageerror", (e) => problems.push(`uncaught: ${e.message.split("\n")[0]}`));
      context.on("request", (r) => {
        if (!r.url().startsWith(server.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) problems.push(`foreign request: ${r.url()}`);
      });
      context.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
      context.on("response", (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      try {
        await page.goto(server.url + path, {waitUntil: "load"});
        await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 180_000});
        type Found = {errorCells: string[]; sqlErrors: string[]; reported: string[]; duckdb: string; importsSqlCell: boolean; sqlCells: number};
        const found = (await page.evaluate(pageProblems)) as Found;
        problems.push(...found.errorCells.map((t) => `error cell: ${t}`));
        problems.push(...found.sqlErrors.map((t) => `sqlCell in error: ${t}`));
        problems.push(...found.reported.map((t) => `reported: ${t}`));
        if (found.duckdb === "error") problems.push("DuckDB did not start");
        if (found.importsSqlCell && found.sqlCells === 0) problems.push("the page imports sqlCell.js but shows no sqlCell");
      } finally {
        const name = path === "/" ? "index" : path.replace(/^\//, "").replaceAll("/", "_");
        await page.screenshot({path: `${screenshots}/${name}.png`, fullPage: true}).catch(() => {});
        await context.close();
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }
});
