import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {chromium, type Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {pageProblems, pageReady} from "./pageReady.js";
import {serveStatic} from "./staticServer.js";
import {siteDist} from "../site/siteDist.js";

// The service worker (notebooks/sw.js, issue 11) in Chromium, on the built site:
// - after a rebuild, a page is the new build's, never the cached one (HTML is network-first);
// - a visited page prefetches the path's next page once it has settled (prefetchScript.js),
//   and with the network off that next page, never opened before, works: DuckDB starts from
//   the kept wasm, its cells run, no error.
// The "rebuild" is a copy of dist/ (hard links) whose page HTML carries a marker.
const executablePath = process.env.FSLAB_CHROMIUM ?? "/usr/bin/chromium";
const run = existsSync(executablePath) || process.env.CI === "true";
const first = "/data-contracts";
const next = "/schema-contracts";

describe.skipIf(!run)("the service worker", () => {
  let browser: Browser;
  let server: {url: string; close: () => Promise<void>} | null = null;
  const work = mkdtempSync(join(tmpdir(), "fslab-sw-"));
  const link = join(work, "site");
  const rebuilt = join(work, "rebuilt");

  beforeAll(async () => {
    const dist = resolve(siteDist); // the symlink below lives elsewhere: a relative target would dangle
    execFileSync("cp", ["-al", dist, rebuilt]);
    const page = join(rebuilt, "data-contracts.html");
    const html = readFileSync(page, "utf8").replace("<head>", '<head>\n<meta name="fslab-build" content="rebuilt">');
    rmSync(page); // a hard link to dist/: write a new file, never through the link
    writeFileSync(page, html);
    symlinkSync(dist, link);
    server = await serveStatic(link);
    browser = await chromium.launch({executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]});
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, {recursive: true, force: true});
  });

  it("serves the new build after a rebuild, prefetches the next page, and that page works offline", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(`console ${m.type()}: ${m.text().split("\n")[0]}`));
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
    const origin = server!.url;
    const visit = async (path: string) => {
      await page.goto(origin + path);
      await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 180_000});
      return {
        build: await page.evaluate(`document.querySelector('meta[name="fslab-build"]')?.content ?? "original"`),
        controlled: await page.evaluate(`navigator.serviceWorker.controller !== null`),
        found: (await page.evaluate(pageProblems)) as {errorCells: string[]; sqlErrors: string[]; duckdb: string},
      };
    };

    expect((await visit(first)).build).toBe("original");
    // The worker registers once the page has loaded; the next navigation goes through it once it is active.
    expect(await page.evaluate(`navigator.serviceWorker.ready.then((r) => r.active !== null)`)).toBe(true);
    const again = await visit(first);
    expect(again.controlled).toBe(true);
    await page.waitForFunction(`globalThis.__fslabPrefetch?.state === "done"`, undefined, {polling: 100, timeout: 120_000});
    expect(await page.evaluate(`globalThis.__fslabPrefetch.url`)).toBe(origin + next);

    rmSync(link);
    symlinkSync(rebuilt, link);
    expect((await visit(first)).build).toBe("rebuilt");

    await context.setOffline(true);
    await server!.close(); // the network really off
    server = null;
    const offline = await visit(next);
    expect(offline.found.duckdb).toBe("ready");
    expect(offline.found.errorCells).toEqual([]);
    expect(offline.found.sqlErrors).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);
});
