// npx tsx bench/serviceWorkerCheck.ts <build X> <build Y> [page]: a check by hand of the service worker (issue 11),
// not a test: visits the page on build X twice, swaps the served build for Y (a rebuild), visits (Y must show),
// stops the server and goes offline, visits (the page must still work). Prints what each visit saw.
import {chromium} from "playwright-core";
import {serveStatic} from "../test/browser/staticServer.js";
import {pageReady, pageProblems} from "../test/browser/pageReady.js";
import {symlinkSync, rmSync} from "node:fs";
const link = "/tmp/swcheck/site";
const [buildX, buildY, path = "/data-contracts"] = process.argv.slice(2);
rmSync(link, {force: true}); symlinkSync(buildX!, link);
const server = await serveStatic(link);
const browser = await chromium.launch({executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]});
const context = await browser.newContext();
const page = await context.newPage();
const problems: string[] = [];
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(m.text().split("\n")[0]!); });
page.on("pageerror", (e) => problems.push(e.message));
const visit = async (label: string) => {
  await page.goto(server.url + path);
  await page.waitForFunction(pageReady, undefined, {polling: 250, timeout: 180_000});
  const found = await page.evaluate(pageProblems) as {errorCells: string[]; duckdb: string};
  const build = await page.evaluate(`document.querySelector('meta[name="fslab-build"]')?.content ?? "original"`);
  const controlled = await page.evaluate(`navigator.serviceWorker.controller !== null`);
  console.log(label, {build, controlled, duckdb: found.duckdb, errorCells: found.errorCells.length, problems: problems.splice(0)});
};
await visit("first visit (build X)");
await visit("second visit (build X)");
rmSync(link); symlinkSync(buildY!, link);
await visit("after the rebuild (build Y)");
await context.setOffline(true); await server.close(); // the network really off
await visit("offline");
await browser.close();
