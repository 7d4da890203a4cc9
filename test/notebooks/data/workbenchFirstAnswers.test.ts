// The first answers of the pages that read a file (notebooks/data/first/<page>.json.ts for
// check-your-own-data, your-parquet and data-loader-lab): each loader runs as Framework runs
// it and prints a small JSON with the key the browser test compares with the page's live
// answer; each key is checked here against a second way to the same numbers: the example
// checked in DuckDB-WASM (the browser's engine) read the page's way, the Parquet file's nulls
// and the world's labels and PSI by their SQL twins in native DuckDB.
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {parseContract, runContract} from "../../../lib/contracts/index.js";
import {driftReportSql} from "../../../lib/drift/index.js";
import {maturityCurveSql} from "../../../lib/labels/index.js";
import {nullRatesSql} from "../../../lib/profile/index.js";
import {csvSelect, sqlStringLiteral, type SqlEngine} from "../../../lib/sql/index.js";
import {generateWorld} from "../../../lib/synth/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../../../src/engines/index.js";
import {worldParams} from "../../../src/loaders/worldParams.js";

const root = new URL("../../../notebooks/", import.meta.url);
const tsx = new URL("../../../node_modules/.bin/tsx", import.meta.url).pathname;
type Answer = {key: Record<string, unknown>} & Record<string, any>;
const load = (page: string) => {
  const text = execFileSync(tsx, [`data/first/${page}.json.ts`], {cwd: root, maxBuffer: 1 << 24}).toString();
  return {text, json: JSON.parse(text) as Answer};
};

let engine: SqlEngine & {close(): Promise<void>};
beforeAll(async () => {
  engine = await createNativeEngine({threads: 1});
});
afterAll(async () => {
  await engine.close();
});

describe("notebooks/data/first loaders of the pages that read a file", () => {
  it("check-your-own-data.json.ts: the example's verdict, as DuckDB-WASM finds it reading the CSV the page's way", async () => {
    const {text, json} = load("check-your-own-data");
    expect(text.length).toBeLessThan(8192);
    const bytes = readFileSync(new URL("data/contracts/card-payments-sample.csv", root));
    const wasm = await createNodeWasmEngine();
    try {
      // components/contracts/fileChecker.js: the bytes registered under a virtual name, read by lib/sql's csvSelect over the whole file.
      await wasm.registerFile!("upload-1.csv", new Uint8Array(bytes));
      const read = await csvSelect(wasm, "upload-1.csv", bytes.subarray(0, 1 << 16).toString("utf8"), {sampleSize: -1});
      if (!read.ok) throw new Error(read.problem.message);
      await wasm.query(`CREATE TABLE your_data AS ${read.query}`);
      const parsed = parseContract(readFileSync(new URL("../data/contracts/transactions.v1.yaml", root), "utf8"), "transactions.v1.yaml");
      if (!parsed.ok) throw new Error(parsed.issues[0]!.text);
      const result = await runContract(wasm, parsed.contract, "your_data", {asOf: Date.UTC(2026, 3, 1), object: "transactions", sampleSize: 5});
      const count = (status: string) => result.checks.filter((c) => c.status === status).length;
      expect(json.key).toEqual({status: result.status, rows: result.rows, checks: result.checks.length, passed: count("pass"), failed: count("fail"), warned: count("warn"), errors: count("error")});
      expect(json.key).toMatchObject({status: "fail", rows: 603});
      expect(json.summary.failedIds).toEqual(result.checks.filter((c) => c.status === "fail").map((c) => c.id));
    } finally {
      await wasm.close();
    }
  }, 60_000);

  it("your-parquet.json.ts: rows, columns and the columns with nulls, as nullRatesSql counts them in the Parquet file", async () => {
    const {text, json} = load("your-parquet");
    expect(text.length).toBeLessThan(8192);
    const path = new URL("../data/yours/card_payments.parquet", root).pathname;
    const columns = (await engine.query(`DESCRIBE SELECT * FROM read_parquet(${sqlStringLiteral(path)})`)).toArray().map((r) => String(r.column_name));
    await engine.query(`CREATE OR REPLACE VIEW yours AS SELECT * FROM read_parquet(${sqlStringLiteral(path)})`);
    const nulls = (await engine.query(nullRatesSql("yours", columns))).toArray().map((r) => ({column: String(r.column), nulls: Number(r.nulls), share: Number(r.null_share)}));
    const withNulls = nulls.filter((r) => r.nulls > 0).sort((a, b) => b.share - a.share);
    expect(json.key).toMatchObject({rows: Number((await engine.query("SELECT count(*) AS n FROM yours")).get(0)!.n), columns: columns.length, withNulls: withNulls.length, emptiest: withNulls[0]!.column, nullPct: Math.round(1000 * withNulls[0]!.share) / 10});
  }, 60_000);

  it("data-loader-lab.json.ts: world tiny/11/0.6's labels known at its end and PSI of amount, as their SQL twins find them", async () => {
    const {text, json} = load("data-loader-lab");
    expect(text.length).toBeLessThan(8192);
    const labels = generateWorld({...worldParams(["--drift=0", "--seed=11", "--scale=tiny"]).options, tables: ["labels"]}).labels;
    const windows = generateWorld({...worldParams(["--drift=0.6", "--seed=11", "--scale=tiny"]).options, tables: ["drift_reference", "drift_current"]});
    await engine.loadArrow("labels", labels);
    await engine.loadArrow("drift_reference", windows.drift_reference);
    await engine.loadArrow("drift_current", windows.drift_current);
    const known = (await engine.query(maturityCurveSql({table: "labels"}, new Date(Date.UTC(2026, 3, 1)), {maxDays: 0}))).get(0)!.toJSON();
    expect(json.key).toMatchObject({world: "tiny/11/0.6", labels: labels.numRows, events: Number(known.events), arrived: Number(known.arrived), fraud: Number(known.arrived_fraud), truth: Number(known.fraud)});
    const psi = (await driftReportSql(engine, "drift_reference", "drift_current", {columns: ["amount"]})).columns[0]!;
    expect(json.amount.psi).toBeCloseTo(psi.psi!, 12);
    expect(json.key.status).toBe(psi.status);
  }, 60_000);
});
