import {spawn, spawnSync} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {DataType, tableFromIPC, type Table, type Vector} from "apache-arrow";
import {driftReport, driftReportSql, numericValues} from "../lib/drift/index.js";
import {ident, join, raw, sql, sqlStringLiteral, tableRows, type SqlEngine} from "../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../src/engines/index.js";
import type {BenchScale} from "./benchOptions.js";
import type {CaseResult} from "./caseResult.js";
import {driftMetricsCheck, scanCheck, skippedCase, type DriftMetrics, type ScanWindow} from "./driftAgreement.js";
import {driftBenchColumns, driftFiles, driftRows, driftWindowNames, prepareDriftInput, type DriftWindowName} from "./driftInput.js";
import {median, peakRssMb, rssMb, timeRoundRobin} from "./measure.js";

/**
 * The processes of the drift benchmark (after `prepare`, which writes the input): the
 * TypeScript path over Arrow, driftReportSql natively over Parquet and in DuckDB-WASM over
 * Arrow, numpy/scipy on one thread over .npy files, and whole programs started as
 * processes (`fslab drift` on the Parquet files, the numpy script end to end).
 */
export const driftEngines = ["typescript", "native-parquet", "duckdb-wasm-arrow", "numpy", "cli"] as const;

const tables: Record<DriftWindowName, string> = {reference: "drift_reference", current: "drift_current"};
const root = fileURLToPath(new URL("../", import.meta.url));
const numpyScript = fileURLToPath(new URL("./driftNumpy.py", import.meta.url));
const fslabBin = fileURLToPath(new URL("../src/cli/fslab.js", import.meta.url));
/** numpy, scipy and any BLAS they load on one thread. */
const oneThread = {OMP_NUM_THREADS: "1", OPENBLAS_NUM_THREADS: "1", MKL_NUM_THREADS: "1"};

interface TimedCase {
  name: string;
  group: string;
  run: () => Promise<string> | string;
}

/**
 * The cases of one process, timed round-robin (one untimed round, then `repeats` rounds of
 * one run each) against its baseline: in-process paths against one plain scan of the same
 * ten columns of both windows (count, min, max) in the same engine; the numpy script's
 * compute against its own scan of the loaded arrays; programs started as processes against
 * the numpy script end to end (Python's start and imports included, as `fslab`'s are).
 */
export async function runDriftEngine(name: string, scale: BenchScale, repeats: number): Promise<CaseResult[]> {
  if (name === "prepare") {
    await prepareDriftInput(scale);
    return [];
  }
  if (name === "numpy") return numpyCases(scale, repeats);
  if (name === "cli") return cliCases(scale, repeats);
  if (name === "typescript") {
    const started = performance.now();
    const windows = {reference: readArrow(driftFiles(scale).reference.arrow), current: readArrow(driftFiles(scale).current.arrow)};
    const loadMs = Math.round(performance.now() - started);
    return timeCases(name, [
      {name: "scan", group: "scan", run: () => scanCheck({reference: scanArrow(windows.reference), current: scanArrow(windows.current)})},
      {name: "driftReport", group: "report", run: () => driftMetricsCheck(driftReport(windows.reference, windows.current) as {columns: DriftMetrics[]})},
    ], repeats, {engine: "TypeScript (lib/drift) over Arrow", threads: 1, loadMs});
  }
  const started = performance.now();
  const engine = await openInput(name, scale);
  const loadMs = Math.round(performance.now() - started);
  try {
    const threads = Number(tableRows(await engine.query("SELECT current_setting('threads') AS t"))[0]!.t);
    return await timeCases(name, [
      {name: "scan", group: "scan", run: async () => scanCheck(Object.fromEntries(await Promise.all(driftWindowNames.map(async (w) => [w, await scanSql(engine, tables[w])]))))},
      {name: "driftReportSql", group: "report", run: async () => driftMetricsCheck((await driftReportSql(engine, tables.reference, tables.current)) as {columns: DriftMetrics[]})},
    ], repeats, {engine: name, threads, loadMs});
  } finally {
    await engine.close();
  }
}

/** The engine with tables drift_reference and drift_current: views on the Parquet files (native), or the Arrow files loaded (DuckDB-WASM). */
async function openInput(name: string, scale: BenchScale): Promise<SqlEngine> {
  const files = driftFiles(scale);
  if (name === "native-parquet") {
    const engine = await createNativeEngine();
    for (const w of driftWindowNames) await engine.query(sql`CREATE VIEW ${ident(tables[w])} AS SELECT * FROM read_parquet(${raw(sqlStringLiteral(files[w].parquet))})`);
    return engine;
  }
  if (name === "duckdb-wasm-arrow") {
    const engine = await createNodeWasmEngine();
    for (const w of driftWindowNames) await engine.loadArrow(tables[w], readArrow(files[w].arrow));
    return engine;
  }
  throw new Error(`runDriftEngine requires prepare or one of ${driftEngines.join(", ")}, got ${JSON.stringify(name)}`);
}

export function readArrow(path: string): Table {
  return tableFromIPC(readFileSync(path));
}

/** count(*), min and max of every column named (default: the drift benchmark's), in one query. */
export async function scanSql(engine: SqlEngine, table: string, names: readonly string[] = driftBenchColumns.map((c) => c.name)): Promise<ScanWindow> {
  const row = tableRows(await engine.query(sql`SELECT count(*) AS "rows", ${join(names.flatMap((c) => [sql`min(${ident(c)})`, sql`max(${ident(c)})`]))} FROM ${ident(table)}`))[0]!;
  const values = Object.values(row) as (number | string | bigint)[];
  return {rows: Number(values[0]), columns: Object.fromEntries(names.map((c, i) => [c, [values[1 + 2 * i]!, values[2 + 2 * i]!] as const]))};
}

/**
 * The same scan over an Arrow table in TypeScript: numbers read as lib/drift reads them
 * (numericValues), text compared by its UTF-8 bytes (the order DuckDB compares in) and only
 * the smallest and largest decoded, as driftReport counts text by its bytes.
 */
export function scanArrow(table: Table, benchColumns: readonly {name: string; kind: "numeric" | "categorical"}[] = driftBenchColumns): ScanWindow {
  const columns: ScanWindow["columns"] = {};
  for (const {name, kind} of benchColumns) {
    const vector = table.getChild(name)!;
    if (kind === "categorical") {
      columns[name] = utf8MinMax(vector);
      continue;
    }
    const values = numericValues(vector);
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v < lo) lo = v; // NaN (a null) fails both comparisons
      if (v > hi) hi = v;
    }
    columns[name] = lo <= hi ? [lo, hi] : [null, null];
  }
  return {rows: table.numRows, columns};
}

const utf8 = new TextDecoder();

/** The smallest and largest non-null value of a Utf8 column by byte order, decoded. */
function utf8MinMax(vector: Vector): [string | null, string | null] {
  if (!DataType.isUtf8(vector.type)) throw new Error(`bench drift's scan requires Utf8 text columns, got ${vector.type}`);
  let lo: Uint8Array | null = null, hi: Uint8Array | null = null;
  for (const data of vector.data) {
    const offsets = data.valueOffsets as Int32Array, bytes = data.values as Uint8Array;
    for (let i = 0; i < data.length; i++) {
      if (!data.getValid(i)) continue;
      const value = bytes.subarray(offsets[i]!, offsets[i + 1]!);
      if (lo === null || compareBytes(value, lo) < 0) lo = value;
      if (hi === null || compareBytes(value, hi) > 0) hi = value;
    }
  }
  return [lo && utf8.decode(lo), hi && utf8.decode(hi)];
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return a.length - b.length;
}

/** Times in-process cases round-robin, each case's ratio against this process's scan. */
async function timeCases(path: string, cases: TimedCase[], repeats: number, extra: Record<string, string | number>): Promise<CaseResult[]> {
  const rssBeforeMb = rssMb();
  const {runs, results: checks} = await timeRoundRobin(cases.map((c) => c.run), repeats);
  const peak = peakRssMb();
  return cases.map((c, i) => ({
    suite: "drift", case: `${path} ${c.name}`, ms: median(runs[i]!), runs: runs[i]!, rows: driftRowsOf(checks[0]!), peakRssMb: peak, rssBeforeMb,
    check: checks[i]!, group: c.group, baseline: `${path} scan`, extra,
  }));
}

/** The reference window's rows, from a scan check. */
function driftRowsOf(scan: string): number {
  return Number(/^reference (\d+) rows/.exec(scan)?.[1] ?? NaN);
}

/** Why numpy/scipy cannot run here, or null when python3 imports both. */
function numpyMissing(): string | null {
  const probe = spawnSync("python3", ["-c", "import numpy, scipy"], {encoding: "utf8", env: {...process.env, ...oneThread}});
  if (probe.error) return `python3 not found (${probe.error.message})`;
  if (probe.status !== 0) return `python3 cannot import numpy and scipy: ${probe.stderr.trim().split("\n").at(-1)}`;
  return null;
}

const numpyNames = ["numpy scan", "numpy load .npy", "numpy/scipy compute", "numpy/scipy load + compute", "numpy compute, each column sorted once"];

/**
 * The numpy script's own timings (bench mode), each run timed in Python with perf_counter:
 * a scan of the loaded arrays (its baseline), loading the .npy files, the report with
 * scipy's ks_2samp and wasserstein_distance (each sorts its inputs again), loading and
 * computing, and a hand-tuned report that sorts each window once for bins, KS and Wasserstein.
 */
async function numpyCases(scale: BenchScale, repeats: number): Promise<CaseResult[]> {
  const missing = numpyMissing();
  if (missing) return numpyNames.map((n) => skippedCase("drift", n, missing));
  const out = await command("python3", [numpyScript, "bench", driftFiles(scale).npyDir, String(repeats)], oneThread);
  const result = JSON.parse(out.stdout) as {
    runs: Record<string, number[]>; report: {columns: DriftMetrics[]}; reportSorted: {columns: DriftMetrics[]}; scan: Record<string, ScanWindow>;
    phasesMs: Record<string, number>; phasesSortedMs: Record<string, number>; inputBytes: number; rssBeforeMb: number; peakRssMb: number; versions: string; threads: Record<string, string>;
  };
  const check = driftMetricsCheck(result.report);
  const phases = (ms: Record<string, number>) => ({phasesMs: Object.entries(ms).map(([k, v]) => `${k} ${v}`).join(", ")});
  const extra = {engine: result.versions, threads: 1, env: Object.entries(result.threads).map(([k, v]) => `${k}=${v}`).join(" ")};
  const cases: [string, string, string, string, Record<string, string | number>?][] = [
    [numpyNames[0]!, "scan", "scan", scanCheck(result.scan)],
    [numpyNames[1]!, "load", "load", `${result.report.columns.length * 2} arrays, ${result.inputBytes} bytes`, {inputBytes: result.inputBytes}],
    [numpyNames[2]!, "compute", "report", check, phases(result.phasesMs)],
    [numpyNames[3]!, "load + compute", "report", check],
    [numpyNames[4]!, "compute, sorted once", "report", driftMetricsCheck(result.reportSorted), phases(result.phasesSortedMs)],
  ];
  return cases.map(([name, key, group, caseCheck, more]) => ({
    suite: "drift", case: name, ms: median(result.runs[key]!), runs: result.runs[key]!, rows: driftRows[scale], peakRssMb: result.peakRssMb, rssBeforeMb: result.rssBeforeMb,
    check: caseCheck, group, baseline: numpyNames[0]!, extra: {...extra, ...more},
  }));
}

/**
 * Whole programs as a user starts them, timed from spawn to exit round-robin: `fslab
 * --version` (Node, tsx and the CLI's start), `fslab drift --format json` on the Parquet
 * files, and the numpy script end to end (`once`: Python's start, imports, load, compute,
 * print). Peak memory from /usr/bin/time when present.
 */
async function cliCases(scale: BenchScale, repeats: number): Promise<CaseResult[]> {
  const files = driftFiles(scale);
  const missing = numpyMissing();
  const fslab = (args: string[]) => command(process.execPath, [fslabBin, ...args], {}, [0, 1]);
  const cases: {name: string; group: string; run: () => Promise<Ran>; parse: (r: Ran) => string}[] = [
    {name: "cli fslab --version (start-up)", group: "start-up", run: () => fslab(["--version"]), parse: (r) => `fslab ${r.stdout.trim()}`},
    {name: "cli fslab drift on Parquet (end to end)", group: "report", run: () => fslab(["drift", "--reference", files.reference.parquet, "--current", files.current.parquet, "--format", "json"]),
      parse: (r) => driftMetricsCheck(JSON.parse(r.stdout) as {columns: DriftMetrics[]})},
  ];
  const numpyName = "cli numpy script on .npy (end to end, 1 thread)";
  if (!missing) cases.push({name: numpyName, group: "report", run: () => command("python3", [numpyScript, "once", files.npyDir], oneThread), parse: (r) => driftMetricsCheck(JSON.parse(r.stdout) as {columns: DriftMetrics[]})});
  const peaks = cases.map(() => 0);
  const {runs, results} = await timeRoundRobin(cases.map((c, i) => async () => {
    const ran = await c.run();
    peaks[i] = Math.max(peaks[i]!, ran.maxRssMb);
    return ran;
  }), repeats);
  const baseline = missing ? cases[0]!.name : numpyName;
  const out: CaseResult[] = cases.map((c, i) => ({
    suite: "drift", case: c.name, ms: median(runs[i]!), runs: runs[i]!, rows: driftRows[scale], peakRssMb: peaks[i]!, rssBeforeMb: NaN,
    check: c.parse(results[i]!), group: c.group, baseline, extra: {engine: "a process per run", exitCode: results[i]!.code},
  }));
  if (missing) out.push(skippedCase("drift", numpyName, missing));
  return out;
}

interface Ran {
  stdout: string;
  code: number;
  /** The process's peak resident memory (MB), or NaN without /usr/bin/time. */
  maxRssMb: number;
}

const timeBin = "/usr/bin/time";
const rssMarker = "fslab-bench-maxrss-kb";

/** Runs a program from the project's root, under /usr/bin/time when present; rejects on an exit code not in `ok`. */
function command(file: string, args: string[], env: Record<string, string>, ok: number[] = [0]): Promise<Ran> {
  const timed = existsSync(timeBin);
  const [bin, argv] = timed ? [timeBin, ["-f", `${rssMarker} %M`, file, ...args]] : [file, args];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, argv, {cwd: root, env: {...process.env, ...env}, stdio: ["ignore", "pipe", "pipe"]});
    let stdout = "", stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const rss = new RegExp(`${rssMarker} (\\d+)`).exec(stderr);
      const own = stderr.replace(new RegExp(`(Command exited with non-zero status \\d+\\n)?${rssMarker} \\d+\\n?`), "").trim();
      if (!ok.includes(code ?? -1)) reject(new Error(`${[file, ...args].join(" ")} exited ${code}: ${own.split("\n").slice(-3).join(" | ")}`));
      else resolve({stdout, code: code!, maxRssMb: rss ? Math.round(Number(rss[1]) / 1024) : NaN});
    });
  });
}
