import {existsSync, readFileSync} from "node:fs";
import {tableToIPC, type Table} from "apache-arrow";
import {chromium, type Browser, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import * as contracts from "../../lib/contracts/index.js";
import * as drift from "../../lib/drift/index.js";
import * as faults from "../../lib/faults/index.js";
import * as fingerprint from "../../lib/fingerprint/index.js";
import * as pit from "../../lib/pit/index.js";
import * as preprocess from "../../lib/preprocess/index.js";
import * as profile from "../../lib/profile/index.js";
import * as skew from "../../lib/skew/index.js";
import * as sqlArea from "../../lib/sql/index.js";
import * as synth from "../../lib/synth/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../../src/engines/index.js";
import {browserModule, builtModules} from "./parityHarness.js";
import {inputTables, loadInputs, paritySpecSteps, parityQueries, paritySteps, summarize, worldOptions, type Lab, type ParityContext, type ParityStep} from "./paritySuite.js";
import {serveStatic} from "./staticServer.js";
import {siteDist} from "../site/siteDist.js";

// The browser against Node: the same lib code, on the same seeded data, gives the same
// answers in Chromium (DuckDB-WASM through notebooks/components/shell/duckdbClient.js, lib as
// Framework built it) as in Node (lib/ itself on Node-WASM and on native DuckDB).
//
// How the page gets the code, and why no page of its own: Framework 1.13 builds every .md
// under notebooks/ (listed in the config or not; only `draft: true` is skipped), so a
// harness page would ship with the site. Instead the test opens the home page of the built
// site (it exists on every build and starts no DuckDB, so the engine here does only this
// test's work) and, in the page, dynamically imports the modules Framework wrote to
// dist/_import/ (parityHarness.ts finds them): the lib areas, duckdbClient.js and its Arrow.
// The questions themselves (paritySuite.ts) are TypeScript with type-only imports, stripped
// of types and served to the page at /__parity/paritySuite.js through Playwright routing,
// with the input tables as Arrow IPC at /__parity/<table>.arrow: Node generates the world
// once and both runtimes load those very bytes, so a query's disagreement cannot come from
// its input. The world step then checks that generateWorld itself agrees across runtimes.
//
// Launch, skip and CI rules as pages.test.ts: without Chromium the test is skipped loudly,
// with CI=true that is a failure. dist/ is built by test/site/buildSite.ts.
const executablePath = process.env.FSLAB_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(executablePath);
const ci = process.env.CI === "true";

if (!hasChromium && !ci) {
  console.warn(
    `\n${"!".repeat(78)}\n!! BROWSER PARITY SKIPPED: no Chromium at ${executablePath}.\n` +
      `!! Install it (apt-get install -y chromium) or set FSLAB_CHROMIUM; CI=true makes this a failure.\n${"!".repeat(78)}\n`
  );
}

const lab: Lab = {contracts, drift, faults, fingerprint, pit, preprocess, profile, skew, sql: sqlArea, synth};
const texts = {features: readFileSync("data/features.yaml", "utf8"), contract: readFileSync("data/contracts/transactions.v1.yaml", "utf8")};


describe.skipIf(!hasChromium && !ci)("browser parity: Chromium agrees with Node-WASM and native DuckDB", () => {
  let browser: Browser;
  let page: Page;
  let server: {url: string; close: () => Promise<void>};
  let inputs: Record<string, Table>;
  const node: Record<"wasm" | "native", ParityContext> = {} as never;
  const problems: string[] = [];
  let engineKind: string;

  const cache = new Map<string, Promise<unknown>>();
  /** One step's answer on one side, computed once. */
  function answer<S extends ParityStep>(side: "browser" | "wasm" | "native", step: S): Promise<Awaited<ReturnType<(typeof paritySteps)[S]>>> {
    const key = `${side}:${step}`;
    if (!cache.has(key)) cache.set(key, side === "browser" ? page.evaluate(`globalThis.__parity.run(${JSON.stringify(step)})`) : paritySteps[step](node[side]));
    return cache.get(key) as never;
  }

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`browserParity.test: CI=true requires Chromium at ${executablePath}`);
    const world = synth.generateWorld({...worldOptions, tables: [...inputTables]});
    inputs = Object.fromEntries(inputTables.map((name) => [name, world[name]]));
    const [wasm, native] = await Promise.all([createNodeWasmEngine(), createNativeEngine()]);
    node.wasm = {lab, engine: wasm, inputs, texts};
    node.native = {lab, engine: native, inputs, texts};
    await Promise.all([loadInputs(wasm, inputs), loadInputs(native, inputs)]);

    const urls = builtModules(siteDist);
    const suite = browserModule("test/browser/paritySuite.ts");
    server = await serveStatic(siteDist);
    browser = await chromium.launch({
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const context = await browser.newContext();
    await context.route(`${server.url}/__parity/**`, (route) => {
      const name = new URL(route.request().url()).pathname.slice("/__parity/".length);
      if (name === "paritySuite.js") return route.fulfill({contentType: "text/javascript", body: suite});
      const table = inputs[name.replace(/\.arrow$/, "")];
      if (!name.endsWith(".arrow") || table === undefined) return route.fulfill({status: 404, body: "no such parity input"});
      return route.fulfill({contentType: "application/vnd.apache.arrow.stream", body: Buffer.from(tableToIPC(table, "stream"))});
    });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text().split("\n")[0]}`);
    });
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message.split("\n")[0]}`));
    context.on("request", (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) problems.push(`foreign request: ${r.url()}`);
    });
    await page.goto(server.url + "/", {waitUntil: "load"});
    engineKind = (await page.evaluate(
      `import("/__parity/paritySuite.js").then((m) => m.bootBrowser(${JSON.stringify(urls)}, ${JSON.stringify(texts)}))`
    )) as string;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await Promise.all([node.wasm?.engine.close(), node.native?.engine.close()]);
  });

  it("the page runs the built lib modules on the browser's DuckDB-WASM", () => {
    expect(engineKind).toBe("duckdb-wasm-browser");
    expect([node.wasm.engine.kind, node.native.engine.kind]).toEqual(["duckdb-wasm-node", "duckdb-native"]);
  });

  it("every engine holds the very input tables Node generated, in order", async () => {
    const generated = Object.fromEntries(inputTables.map((name) => [name, summarize(lab, inputs[name]!, true).fingerprint.fingerprint]));
    const held = async (side: "browser" | "wasm" | "native") =>
      Object.fromEntries(Object.entries(await answer(side, "inputs")).map(([name, s]) => [name, [s.rows, s.fingerprint.fingerprint, s.ordered]]));
    const [browserHeld, wasmHeld, nativeHeld] = await Promise.all([held("browser"), held("wasm"), held("native")]);
    expect(Object.fromEntries(Object.entries(wasmHeld).map(([name, [, fp]]) => [name, fp]))).toEqual(generated);
    expect({browser: browserHeld, native: nativeHeld}).toEqual({browser: wasmHeld, native: wasmHeld});
  });

  it.each(Object.keys(parityQueries))("%s gives the same schema and fingerprint in Chromium, Node-WASM and native", {timeout: 120_000}, async (name) => {
    const [inBrowser, inWasm, inNative] = await Promise.all([answer("browser", "queries"), answer("wasm", "queries"), answer("native", "queries")]);
    expect(inWasm[name]!.rows).toBeGreaterThan(0);
    expect({browser: inBrowser[name], native: inNative[name]}).toEqual({browser: inWasm[name], native: inWasm[name]});
  });

  it("pointInTimeJoinKernel gives the same ordered fingerprint in Chromium as in Node, and as pointInTimeJoinSql", {timeout: 120_000}, async () => {
    const [inBrowser, inNode, browserSql] = await Promise.all([answer("browser", "kernel"), answer("wasm", "kernel"), answer("browser", "queries")]);
    expect(inNode.rows).toBe(inputs.transactions!.numRows);
    expect(inBrowser).toEqual(inNode);
    expect(inBrowser.ordered).toBe(browserSql.pointInTimeJoinSql!.ordered);
  });

  it("runContract(transactions.v1) gives the same checks in Chromium, Node-WASM and native, on a clean and a faulty delivery", {timeout: 120_000}, async () => {
    const [inBrowser, inWasm, inNative] = await Promise.all([answer("browser", "contracts"), answer("wasm", "contracts"), answer("native", "contracts")]);
    // The faulty delivery must fail some checks, or agreeing would prove little.
    expect([inWasm.clean.status, inWasm.faulty.status]).toEqual(["pass", "fail"]);
    for (const delivery of ["clean", "faulty"] as const) {
      expect({delivery, browser: inBrowser[delivery]}).toEqual({delivery, browser: inWasm[delivery]});
      expect({delivery, native: inNative[delivery]}).toEqual({delivery, native: inWasm[delivery]});
    }
  });

  it("driftReport and driftReportSql give the same drift report in Chromium as in Node-WASM, and agree with native DuckDB", {timeout: 120_000}, async () => {
    const [inBrowser, inWasm, inNative] = await Promise.all([answer("browser", "drift"), answer("wasm", "drift"), answer("native", "drift")]);
    expect(inWasm.ts.columns.some((c) => c.status !== "ok")).toBe(true); // the drift must show, or agreeing would prove little
    expect(inBrowser).toEqual(inWasm);
    expect(inNative.ts).toEqual(inWasm.ts);
    for (const [i, c] of inNative.sql.columns.entries()) {
      const w = inWasm.sql.columns[i]!;
      expect({column: c.column, status: c.status}).toEqual({column: w.column, status: w.status});
      for (const f of ["psi", "js", "ks", "ks_p_value", "wasserstein"] as const) expect(Math.abs((c[f] ?? 0) - (w[f] ?? 0))).toBeLessThanOrEqual(1e-9 * Math.abs(w[f] ?? 0) + 1e-300);
    }
  });

  it("a spec of 20 transforms fitted in Chromium is the spec Node fits, and applies identically in TypeScript and in each engine's SQL", {timeout: 120_000}, async () => {
    const [inBrowser, inWasm, inNative] = await Promise.all([answer("browser", "preprocess"), answer("wasm", "preprocess"), answer("native", "preprocess")]);
    expect(JSON.parse(inWasm.spec).transforms).toHaveLength(paritySpecSteps.length);
    expect(inBrowser.spec).toBe(inWasm.spec);
    expect(inNative.spec).toBe(inWasm.spec);
    expect(inBrowser.ts).toEqual(inWasm.ts);
    expect(inNative.ts).toEqual(inWasm.ts);
    expect(inBrowser.sql).toEqual(inWasm.sql);
    // Every output of the compiled SQL equals the TypeScript's, in every runtime, but window
    // sums and means: DuckDB's windowed sum adds in another order (preprocessSql's doc), so
    // those may differ in the last bits, never by a null and never beyond 1e-12·n·max|x|.
    const windowed = new Set(["amount_sum_7d", "amount_mean_30d"]);
    for (const side of [inBrowser, inWasm, inNative]) {
      expect(side.agreement.map((c) => c.column)).toEqual(side.ts.schema.map((f) => f.split(":")[0]));
      for (const c of side.agreement) {
        expect(c.nullMismatches, c.column).toBe(0);
        if (windowed.has(c.column)) expect(c.maxAbsDiff, c.column).toBeLessThanOrEqual(1e-12 * c.rows * 1e5);
        else expect({column: c.column, equal: c.equal}).toEqual({column: c.column, equal: c.rows});
      }
    }
  });

  it("skewReport and skewReportSql give the same skew report in Chromium as in Node-WASM and native DuckDB", {timeout: 120_000}, async () => {
    const [inBrowser, inWasm, inNative] = await Promise.all([answer("browser", "skew"), answer("wasm", "skew"), answer("native", "skew")]);
    expect(inWasm.ts.columns.filter((c) => c.status === "fail").length).toBeGreaterThan(3); // every knob is on: the skew must show
    expect(inBrowser).toEqual(inWasm);
    expect(inNative.ts).toEqual(inWasm.ts);
    for (const report of [inWasm.sql, inNative.sql]) {
      expect(report.rows).toEqual(inWasm.ts.rows);
      for (const [i, c] of report.columns.entries()) {
        const t = inWasm.ts.columns[i]!;
        expect({column: c.column, equal: c.equal, null_mismatch: c.null_mismatch, status: c.status, examples: c.examples}).toEqual({column: t.column, equal: t.equal, null_mismatch: t.null_mismatch, status: t.status, examples: t.examples});
        for (const f of ["mean_abs_diff", "max_abs_diff"] as const) expect(Math.abs((c[f] ?? 0) - (t[f] ?? 0)), `${c.column} ${f}`).toBeLessThanOrEqual(1e-9 * Math.abs(t[f] ?? 0) + 1e-12);
        expect(Math.abs((c.distribution.value ?? 0) - (t.distribution.value ?? 0)), `${c.column} distribution`).toBeLessThanOrEqual(1e-9);
      }
    }
  });

  it("generateWorld({seed: 7}) gives the same tables, in the same order, in Chromium as in Node", {timeout: 180_000}, async () => {
    const [inBrowser, inNode] = await Promise.all([answer("browser", "world"), answer("wasm", "world")]);
    expect(Object.keys(inNode)).toEqual([...synth.worldTables]);
    expect(inBrowser).toEqual(inNode);
  });

  it("the page logged no error or warning and requested nothing from another origin", () => {
    expect([...new Set(problems)]).toEqual([]);
  });
});
