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
// Then the same page at 760 and 390 px (a tablet, a phone): the same checks, and the document
// must not scroll sideways. Full-page screenshots go to test-output/screenshots/ (gitignored):
// <page>.png at 1280 px, <page>-760.png and <page>-390.png.
const executablePath = process.env.FSLAB_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(executablePath);
const ci = process.env.CI === "true";
const screenshots = "test-output/screenshots";
/** The narrow viewports every page is also checked and photographed at (<page>-760.png, <page>-390.png). */
const narrowWidths = [760, 390];

/**
 * In the page: the document's width and, when it is wider than the viewport, the elements
 * that cause it (the outermost ones sticking out to the right that no scrolling or clipping
 * box contains), each as tag.class[data-fslab] "text…" right-edge px.
 */
const sideways = `(() => {
  const vw = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const culprits = [];
  if (scrollWidth > vw + 1) {
    const out = (el) => el.getBoundingClientRect().right > vw + 1;
    const contained = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    for (const el of document.querySelectorAll("body *")) {
      if (!out(el) || el.getBoundingClientRect().width === 0 || (el.parentElement && out(el.parentElement)) || contained(el)) continue;
      const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\\s+/).join(".") : "";
      const tag = el.dataset && el.dataset.fslab ? "[data-fslab=" + el.dataset.fslab + "]" : "";
      const text = (el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40);
      culprits.push(el.tagName.toLowerCase() + cls + tag + ' "' + text + '" ' + Math.round(el.getBoundingClientRect().right) + "px");
      if (culprits.length === 6) break;
    }
  }
  return {scrollWidth, culprits};
})()`;

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
      const name = path === "/" ? "index" : path.replace(/^\//, "").replaceAll("/", "_");
      /** Waits until the page is ready and records what it reports, prefixed with the width when narrow. */
      const check = async (at: string) => {
        await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 180_000});
        type Found = {errorCells: string[]; sqlErrors: string[]; reported: string[]; duckdb: string; importsSqlCell: boolean; sqlCells: number; firstAnswers: {id: string; state: string; build: string; live: string}[]};
        const found = (await page.evaluate(pageProblems)) as Found;
        // A build-time first answer (components/shell/firstAnswer.js) must be replaced by the live one, and agree with it.
        for (const a of found.firstAnswers) {
          if (a.state !== "live") problems.push(`${at}first answer ${a.id} is still ${a.state}`);
          else if (a.build !== a.live) problems.push(`${at}first answer ${a.id}: built ${a.build}, live ${a.live}`);
        }
        problems.push(...found.errorCells.map((t) => `${at}error cell: ${t}`));
        problems.push(...found.sqlErrors.map((t) => `${at}sqlCell in error: ${t}`));
        problems.push(...found.reported.map((t) => `reported: ${t}`));
        if (found.duckdb === "error") problems.push("DuckDB did not start");
        if (found.importsSqlCell && found.sqlCells === 0) problems.push(`${at}the page imports sqlCell.js but shows no sqlCell`);
      };
      let shot = false;
      try {
        await page.goto(server.url + path, {waitUntil: "load"});
        await check("");
        shot = await page.screenshot({path: `${screenshots}/${name}.png`, fullPage: true}).then(() => true, () => false);
        // A tablet and a phone: the page re-renders at each width (Framework's `width`) and must
        // not scroll sideways; wide tables and code scroll inside their own boxes.
        for (const width of narrowWidths) {
          await page.setViewportSize({width, height: 900});
          await page.evaluate("globalThis.__fslabQuiet = undefined");
          await page.waitForTimeout(300);
          await check(`${width} px: `);
          await page.screenshot({path: `${screenshots}/${name}-${width}.png`, fullPage: true}).catch(() => {});
          const {scrollWidth, culprits} = (await page.evaluate(sideways)) as {scrollWidth: number; culprits: string[]};
          if (scrollWidth > width + 1) problems.push(`${width} px: the page scrolls sideways (${scrollWidth} px wide) because of ${culprits.join("; ") || "?"}`);
        }
      } finally {
        if (!shot) await page.screenshot({path: `${screenshots}/${name}.png`, fullPage: true}).catch(() => {});
        await context.close();
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }
});
