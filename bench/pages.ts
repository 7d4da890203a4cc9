// npm run bench -- pages [--cases /,/drift] [--repeats N] [--json]
// The built site in Chromium (issue 11): every page of observablehq.config.ts opened in a
// fresh browser context (cold: empty cache, no service worker) and then navigated to
// again in the same context (warm), then the next page of the path in that context once
// the service worker has prefetched it (next), timed from the navigation's start by the page's own
// clock (performance.now()). Builds the site first unless FSLAB_SKIP_BUILD=1 finds a
// dist/ (test/site/buildSite.ts, as the browser tests do); serves it with the browser
// tests' plain static server (no cache headers). Run it under the site lock:
//   flock /tmp/fslab-site.lock npm run bench -- pages
// It measures; it asserts no time. What each figure means: bench/README.md, "Pages".
import {mkdir, writeFile} from "node:fs/promises";
import {cpus, loadavg} from "node:os";
import {fileURLToPath} from "node:url";
import {chromium, type Browser, type BrowserContext, type Page, type Request} from "playwright-core";
import buildSite from "../test/site/buildSite.js";
import {configPages} from "../test/site/configPages.js";
import {siteDist} from "../test/site/siteDist.js";
import {pageReady} from "../test/browser/pageReady.js";
import {serveStatic} from "../test/browser/staticServer.js";
import {selectCases, type BenchOptions} from "./benchOptions.js";

/** One page load's figures, in milliseconds after the navigation started and in bytes. */
export interface PageLoad {
  /** The page's path, as in observablehq.config.ts. */
  page: string;
  /** cold: a fresh context; warm: the same page again; next: the path's next page (the footer's Next), once the service worker has prefetched it. */
  mode: "cold" | "warm" | "next";
  /** The frame showing the first computed chart, table or number card was painted (null: the page shows none). */
  firstResultMs: number | null;
  /** What that first result was: "svg", "table" or "big-number", and the cell's id. */
  firstResult: string | null;
  /** performance.mark("fslab:duckdb-starting") of duckdbClient.js: when the page asked for DuckDB. */
  duckdbStartMs: number | null;
  /** performance.mark("fslab:duckdb-ready") of duckdbClient.js (null: the page never starts DuckDB). */
  duckdbReadyMs: number | null;
  /** The start of the quiet second that makes the page ready (test/browser/pageReady.ts), to 100 ms. */
  settledMs: number;
  /** Bytes that came over the network (headers and bodies; a service worker's cache hit is 0). */
  bytes: number;
  requests: number;
  /** Requests answered by a service worker from its cache. */
  fromServiceWorker: number;
  /** The three largest transfers: the file's path (query stripped) and its bytes. */
  largest: {file: string; bytes: number}[];
  /** Console errors, uncaught errors and failed requests seen (the browser test fails on these). */
  problems: string[];
}

const executablePath = process.env.FSLAB_CHROMIUM ?? "/usr/bin/chromium";
const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const outDir = fileURLToPath(new URL("../bench-output/", import.meta.url));

// Runs in every document before its own scripts: stamps the first computed result. A
// computed result is the first <svg>, <table> or .fslab-big (bigNumber's card) inside a
// Framework cell's output (main .observablehq: prose, static tables and images of the
// Markdown are outside it) that is not inside a pending sqlCell. The stamp is taken after
// the frame that shows it has been painted (requestAnimationFrame, then a task).
const firstResultProbe = `(() => {
  const selector = "main .observablehq svg, main .observablehq table, main .observablehq .fslab-big";
  const find = () => {
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('[data-state="pending"]') === null) return element;
    }
    return null;
  };
  const observer = new MutationObserver(() => {
    const element = find();
    if (element === null) return;
    observer.disconnect();
    const kind = element.matches(".fslab-big") ? "big-number" : element.tagName.toLowerCase();
    const cell = element.closest(".observablehq")?.id ?? "";
    requestAnimationFrame(() => setTimeout(() => (globalThis.__fslabFirst = {ms: performance.now(), what: kind + (cell ? " in #" + cell : "")})));
  });
  observer.observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"]});
})()`;

// Read once the page is ready.
const pageFigures = `(() => ({
  first: globalThis.__fslabFirst ?? null,
  duckdbStart: performance.getEntriesByName("fslab:duckdb-starting")[0]?.startTime ?? null,
  duckdb: performance.getEntriesByName("fslab:duckdb-ready")[0]?.startTime ?? null,
  settled: globalThis.__fslabQuiet?.since ?? null,
}))()`;

/** Opens `url` in `page` and returns its figures once it is ready (pageReady's contract). */
async function loadPage(context: BrowserContext, page: Page, url: string, path: string, mode: PageLoad["mode"]): Promise<PageLoad> {
  const transfers: {file: string; bytes: number}[] = [];
  const problems: string[] = [];
  let fromServiceWorker = 0;
  const finished: Promise<void>[] = [];
  const onFinished = (request: Request) => {
    finished.push(
      (async () => {
        const response = await request.response();
        if (response?.fromServiceWorker()) return void fromServiceWorker++;
        const sizes = await request.sizes().catch(() => null);
        const bytes = sizes === null ? 0 : sizes.responseBodySize + sizes.responseHeadersSize;
        transfers.push({file: new URL(request.url()).pathname, bytes});
      })()
    );
  };
  const onFailed = (request: Request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  const onConsole = (m: {type(): string; text(): string}) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text().split("\n")[0]}`);
  };
  const onError = (e: Error) => problems.push(`uncaught: ${e.message.split("\n")[0]}`);
  context.on("requestfinished", onFinished);
  context.on("requestfailed", onFailed);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  try {
    await page.goto(url, {waitUntil: "domcontentloaded"}); // pageReady reads document.body
    await page.waitForFunction(pageReady, undefined, {polling: 100, timeout: 180_000});
    const figures = (await page.evaluate(pageFigures)) as {first: {ms: number; what: string} | null; duckdbStart: number | null; duckdb: number | null; settled: number};
    await Promise.all(finished);
    const bytes = transfers.reduce((sum, t) => sum + t.bytes, 0);
    const largest = [...transfers].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
    return {
      page: path, mode,
      firstResultMs: figures.first === null ? null : Math.round(figures.first.ms), firstResult: figures.first?.what ?? null,
      duckdbStartMs: figures.duckdbStart === null ? null : Math.round(figures.duckdbStart),
      duckdbReadyMs: figures.duckdb === null ? null : Math.round(figures.duckdb), settledMs: Math.round(figures.settled),
      bytes, requests: transfers.length, fromServiceWorker, largest, problems: [...new Set(problems)],
    };
  } finally {
    context.off("requestfinished", onFinished);
    context.off("requestfailed", onFailed);
    page.off("console", onConsole);
    page.off("pageerror", onError);
  }
}

/** A page cold (fresh context) and then warm (navigated to again in that context). */
async function coldAndWarm(browser: Browser, origin: string, path: string): Promise<PageLoad[]> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  await context.addInitScript(firstResultProbe);
  try {
    const page = await context.newPage();
    // Once a page has settled it asks the service worker to prefetch the path's next page
    // (components/shell/prefetchScript.js); each load waits for that to end, so that its
    // transfers are not counted in the following load.
    const next = async () => (await page.evaluate(`document.querySelector('#observablehq-footer a[rel="next"]')?.getAttribute("href") ?? null`)) as string | null;
    const prefetched = async () => {
      if ((await next()) !== null) await page.waitForFunction(`globalThis.__fslabPrefetch?.state === "done"`, undefined, {polling: 100, timeout: 120_000});
    };
    const cold = await loadPage(context, page, origin + path, path, "cold");
    await prefetched();
    const warm = await loadPage(context, page, origin + path, path, "warm");
    await prefetched();
    // A learner reading on: the next page of the path, prefetched.
    const href = await next();
    if (href === null) return [cold, warm];
    const nextPath = new URL(href, origin + path).pathname;
    return [cold, warm, await loadPage(context, page, origin + nextPath, nextPath, "next")];
  } finally {
    await context.close();
  }
}

/** The median of some numbers (nulls left out; null if none). */
function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Several loads of one page and mode as one: each figure's median, the first run's details. */
function medianLoad(loads: readonly PageLoad[]): PageLoad & {runs: number} {
  const first = loads[0]!;
  return {
    ...first,
    firstResultMs: median(loads.map((l) => l.firstResultMs)),
    duckdbStartMs: median(loads.map((l) => l.duckdbStartMs)),
    duckdbReadyMs: median(loads.map((l) => l.duckdbReadyMs)),
    settledMs: median(loads.map((l) => l.settledMs))!,
    bytes: median(loads.map((l) => l.bytes))!,
    problems: [...new Set(loads.flatMap((l) => l.problems))],
    runs: loads.length,
  };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1);
const ms = (value: number | null) => (value === null ? "–" : String(value));

/**
 * The pages as a text table: per page, cold and warm, ms to the first computed result, to
 * DuckDB ready and to settled, and MB transferred; then each page's largest cold files.
 */
export function pagesTable(loads: readonly (PageLoad & {from?: string})[]): string {
  const pages = [...new Set(loads.filter((l) => l.mode !== "next").map((l) => l.page))];
  const header = ["page", "cold first", "duckdb", "settled", "MB", "warm first", "duckdb", "settled", "MB", "next first", "duckdb", "settled", "MB"];
  const rows = pages.map((page) => {
    const cold = loads.find((l) => l.page === page && l.mode === "cold")!;
    const warm = loads.find((l) => l.page === page && l.mode === "warm")!;
    const next = loads.find((l) => l.from === page && l.mode === "next");
    const nextCells = next === undefined ? ["–", "–", "–", "–"] : [ms(next.firstResultMs), ms(next.duckdbReadyMs), ms(next.settledMs), mb(next.bytes)];
    return [page, ms(cold.firstResultMs), ms(cold.duckdbReadyMs), ms(cold.settledMs), mb(cold.bytes), ms(warm.firstResultMs), ms(warm.duckdbReadyMs), ms(warm.settledMs), mb(warm.bytes), ...nextCells];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  const largest = pages.map((page) => {
    const cold = loads.find((l) => l.page === page && l.mode === "cold")!;
    return `  ${page}: ${cold.largest.map((f) => `${f.file.split("/").pop()} ${mb(f.bytes)} MB`).join(", ")}`;
  });
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), "largest cold transfers:", ...largest].join("\n");
}

/** `npm run bench -- pages`: every page (or --cases) cold and warm, --repeats times; true if no page reported a problem. */
export async function runPagesBench(options: BenchOptions): Promise<boolean> {
  const paths = selectCases("pages", configPages(), options.cases);
  buildSite();
  const server = await serveStatic(siteDist);
  const browser = await chromium.launch({executablePath, args: chromiumArgs});
  const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
  const loadBefore = load();
  const loads: (PageLoad & {runs: number; from?: string})[] = [];
  try {
    for (const path of paths) {
      process.stderr.write(`bench pages: ${path} (${options.repeats} × cold + warm + next)…\n`);
      const runs: PageLoad[][] = [];
      for (let i = 0; i < options.repeats; i++) runs.push(await coldAndWarm(browser, server.url, path));
      loads.push(medianLoad(runs.map((r) => r[0]!)), medianLoad(runs.map((r) => r[1]!)));
      if (runs[0]!.length > 2) loads.push({...medianLoad(runs.map((r) => r[2]!)), from: path});
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const context = {scale: options.scale, cores: cpus().length, loadavgBefore: loadBefore, loadavgAfter: load()};
  const lines = loads.map((l) => JSON.stringify({suite: "pages", case: l.page, ...l, ...context}));
  const problems = loads.flatMap((l) => l.problems.map((p) => `${l.page} (${l.mode}): ${p}`));
  await mkdir(outDir, {recursive: true});
  await writeFile(`${outDir}pages-${options.scale}${options.cases ? "-some" : ""}.jsonl`, `${lines.join("\n")}\n`);
  if (options.json) process.stdout.write(`${lines.join("\n")}\n`);
  else {
    const header = `\npages · ${cores()} · load average ${context.loadavgBefore} → ${context.loadavgAfter} · ms after navigation, median of ${options.repeats}`;
    process.stdout.write(`${[header, pagesTable(loads), ...problems].join("\n")}\n`);
  }
  return problems.length === 0;
}

function cores(): string {
  return `${cpus().length} cores, Chromium ${executablePath}`;
}
