// The browser's DuckDB: our own DuckDB-WASM client, implementing the SqlEngine surface
// of lib/sql/sqlEngine.ts (kind "duckdb-wasm-browser"), started lazily once per page.
//
// Offline by construction: the wasm and the worker come from node_modules through
// import.meta.resolve (Framework copies them into _node/), and extension autoinstall and
// autoload are off, so a query that needs Parquet, JSON or ICU fails at once with a
// message saying so instead of fetching from the internet. Without ICU there are no time
// zones: our timestamps are TIMESTAMP (UTC instants), never TIMESTAMPTZ.
//
// The page's readiness (what test/browser/pages.test.ts waits for) lives in
// globalThis.__fslab: see pageState below.
import * as duckdb from "@duckdb/duckdb-wasm";
import {tableFromIPC} from "apache-arrow";
import {duckdbWasmSetup} from "../../lib/sql/duckdbWasmSetup.js";
import {jsonParams} from "../../lib/sql/jsonParams.js";
import {quoteIdentifier} from "../../lib/sql/quoteIdentifier.js";
import {SqlError} from "../../lib/sql/sqlError.js";
import {roundTripClock} from "./roundTripClock.js";
import {serialQueue} from "./serialQueue.js";

/**
 * The page's readiness contract. `pending` counts DuckDB work in flight (the start and
 * every query, load and registration) plus anything a page passes to `track`; `settled`
 * counts what finished; `errors` lists the messages of failures nobody expected;
 * `duckdb` is "idle" | "starting" | "ready" | "error".
 */
export const pageState = (globalThis.__fslab ??= {duckdb: "idle", version: null, pending: 0, settled: 0, errors: []});

/** Counts `promise` as pending work of the page until it settles; returns it unchanged. */
export function track(promise) {
  pageState.pending++;
  const done = () => {
    pageState.pending--;
    pageState.settled++;
  };
  promise.then(done, done);
  return promise;
}

/** Records an unexpected failure so the browser test sees it even if nothing displays it. */
export function reportError(message) {
  pageState.errors.push(message);
}

let started = null;

/** The page's engine, started on the first call; every later call gets the same promise. */
export function getEngine() {
  return (started ??= track(startEngine()));
}

const listeners = new Set();
let statusDetail;
function setStatus(state, detail) {
  // Marks on the page's timeline for the pages benchmark (bench/pages.ts): fslab:duckdb-starting, fslab:duckdb-ready.
  if (state === "starting" || state === "ready") performance.mark(`fslab:duckdb-${state}`);
  pageState.duckdb = state;
  statusDetail = detail;
  if (state === "ready") pageState.version = detail;
  for (const listener of listeners) listener(state, detail);
}

async function startEngine() {
  setStatus("starting");
  try {
    const worker = stampedWorker(import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"));
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
    // The same configuration as the Node-WASM engine (lib/sql/duckdbWasmSetup.ts), so a
    // query gives the same Arrow types here as in the tests: BIGINT stays BigInt.
    await db.open(duckdbWasmSetup.config);
    const conn = await db.connect();
    for (const statement of duckdbWasmSetup.statements) await conn.query(statement);
    // DuckDB still tries to fetch ICU for some TIMESTAMPTZ functions (date_trunc on now());
    // a repository that is no origin makes that fail at once, with no request.
    await conn.query("SET custom_extension_repository = 'data:,'");
    const version = String((await conn.query("SELECT version() AS v")).get(0).v);
    const engine = createEngine(db, conn, version, worker.clock);
    setStatus("ready", version);
    return engine;
  } catch (error) {
    const message = `DuckDB could not start in this browser: ${firstLine(error)}`;
    setStatus("error", message);
    reportError(message);
    throw new Error(message);
  }
}

// What a query cost, by its result table (or its error): see queryTiming.
const timings = new WeakMap();

/**
 * How long the query that gave `result` (an Arrow Table from engine.query, or the error
 * it rejected with) took, in milliseconds: `ms`, DuckDB's time on it (from sending each
 * of its requests to the worker to the worker's reply); `elapsedMs`, from its start to
 * when the page read its result, which also counts the page's own JavaScript keeping the
 * result waiting; `waitedMs`, how long it was queued behind the page's other DuckDB work
 * before it started. Undefined for anything else (another engine's result).
 *
 * @example
 * queryTiming(await engine.query("SELECT 1")); // {ms: 3.1, waitedMs: 0, …}
 */
export function queryTiming(result) {
  return result !== null && typeof result === "object" ? timings.get(result) : undefined;
}

// DuckDB's worker with a stamp on each reply: when the worker sent it, by its clock in
// epoch milliseconds (performance.timeOrigin + now). The clock below then counts the
// worker's time per request, whatever this thread was busy with when the reply came.
// Two blob modules, so the stamp is in place before the worker's module runs; blob: is
// this origin's, not a download.
function stampedWorker(workerUrl) {
  const stamp = `const send = globalThis.postMessage.bind(globalThis);
globalThis.postMessage = (message, ...rest) => {
  if (message !== null && typeof message === "object") message.fslabSentAt = performance.timeOrigin + performance.now();
  send(message, ...rest);
};`;
  const module = (text) => URL.createObjectURL(new Blob([text], {type: "text/javascript"}));
  const url = module(`import ${JSON.stringify(module(stamp))};\nimport ${JSON.stringify(new URL(workerUrl, location.href).href)};`);
  const worker = new Worker(url, {type: "module"});
  const clock = roundTripClock();
  const post = worker.postMessage.bind(worker);
  worker.postMessage = (message, ...rest) => {
    if (message?.messageId !== undefined) clock.posted(message.messageId, performance.now());
    post(message, ...rest);
  };
  // Added before AsyncDuckDB adds its own, so a reply is counted before the query it
  // answers resolves.
  worker.addEventListener("message", ({data}) => {
    if (data?.requestId === undefined) return;
    const sentAt = typeof data.fslabSentAt === "number" ? data.fslabSentAt - performance.timeOrigin : undefined;
    clock.replied(data.requestId, sentAt, performance.now());
  });
  worker.clock = clock;
  return worker;
}

function createEngine(db, conn, version, clock) {
  // One statement at a time on the one connection, in call order: a query's wall time
  // includes its wait behind the others, and the page's own JavaScript delays reading a
  // result, so a query's time is the worker's time on its requests (roundTripClock).
  const queue = serialQueue();
  const serial = (label, fn) => {
    let timing;
    let workerMs;
    const timed = async () => {
      const before = clock.busyMs();
      try {
        return await fn();
      } finally {
        workerMs = clock.busyMs() - before;
      }
    };
    const run = queue.run(timed, (t) => (timing = {...t, ms: workerMs, elapsedMs: t.ms}));
    const keep = (key) => {
      if (key !== null && typeof key === "object") timings.set(key, timing);
      return key;
    };
    return track(run.then(keep, (error) => Promise.reject(keep(translateError(error, label)))));
  };
  const engine = {
    kind: "duckdb-wasm-browser",
    version,
    query(query, params) {
      const {text, params: values} = normalizeQuery(query, params);
      return serial(text, async () => {
        if (values.length === 0) return conn.query(text);
        const statement = await conn.prepare(text);
        try {
          return await statement.query(...values);
        } finally {
          await statement.close();
        }
      });
    },
    loadArrow(name, table) {
      return serial(`loadArrow(${name})`, async () => {
        await conn.query(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
        await conn.insertArrowTable(table, {name, create: true});
      });
    },
    async loadFile(name, attachment) {
      const bytes = new Uint8Array(await track(attachment.arrayBuffer()));
      if (/\.csv$/i.test(attachment.name)) {
        await engine.registerFile(attachment.name, bytes);
        await engine.query(`CREATE OR REPLACE TABLE ${quoteIdentifier(name)} AS SELECT * FROM read_csv(?)`, [attachment.name]);
        return;
      }
      if (!/\.arrow$/i.test(attachment.name)) {
        throw new Error(`loadFile(${JSON.stringify(name)}) reads .arrow or .csv attachments, got ${JSON.stringify(attachment.name)}`);
      }
      await engine.loadArrow(name, tableFromIPC(bytes));
    },
    registerFile(name, bytes) {
      // DuckDB-WASM transfers the buffer to its worker; copy so the caller keeps its bytes.
      return serial(`registerFile(${name})`, () => db.registerFileBuffer(name, bytes.slice()));
    },
    async close() {
      await queue.drained();
      await conn.close();
      await db.terminate();
      if (started !== null && (await started) === engine) started = null;
      setStatus("idle");
    },
  };
  return engine;
}

// DuckDB-WASM sends parameters to its worker as JSON: jsonParams turns Dates and BigInts
// into strings with a CAST, exactly as the Node-WASM engine does.
function normalizeQuery(query, params) {
  const text = typeof query === "string" ? query : query?.text;
  if (typeof text !== "string") throw new TypeError(`query requires SQL text or a {text, params} query, got ${typeof query}`);
  return jsonParams({text, params: params ?? (typeof query === "string" ? [] : query.params ?? [])});
}

function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0];
}

const workaround = {
  parquet: "Decode Parquet with hyparquet into Arrow first, then loadArrow.",
  json: "Parse JSON in JavaScript and load the result as Arrow.",
  icu: "There are no time zones: use TIMESTAMP (our times are UTC), not TIMESTAMPTZ or now().",
};

/** Turns a DuckDB error into a SqlError whose message a learner can act on. */
export function translateError(error, sql = "") {
  const {engineMessage} = SqlError.from(error, sql);
  const extension = /exists in the (\w+) extension|required extension '(\w+)'/i.exec(engineMessage);
  if (extension) {
    const name = extension[1] ?? extension[2];
    return new SqlError(`This query needs DuckDB's ${name} extension, which the browser's DuckDB does not have offline. ${workaround[name] ?? ""}`.trim(), sql);
  }
  if (/table index is out of bounds|function signature mismatch|unreachable/i.test(engineMessage)) {
    return new SqlError(
      `The browser's DuckDB failed inside WebAssembly (${firstLine(engineMessage)}), most often because the query needs an ` +
        `extension it does not have offline (ICU: time zones, TIMESTAMPTZ). Use TIMESTAMP; our times are UTC.`,
      sql
    );
  }
  const lines = engineMessage.split("\n").filter((line) => line.trim() !== "");
  return new SqlError(lines.slice(0, 3).join(" "), sql);
}

/**
 * A small status element for a page: "starting DuckDB…", then the DuckDB version, or a
 * red message if DuckDB failed. Displaying it starts the engine.
 */
export function duckdbStatus() {
  const node = document.createElement("span");
  node.className = "fslab-duckdb";
  node.dataset.fslab = "duckdb-status";
  const render = (state, detail) => {
    node.dataset.state = state;
    node.textContent =
      state === "ready" ? `DuckDB ${detail} · in your browser` : state === "error" ? detail : "starting DuckDB…";
  };
  render(pageState.duckdb === "idle" ? "starting" : pageState.duckdb, statusDetail);
  listeners.add(render);
  getEngine().catch(() => {}); // the failure is shown by render
  return node;
}
