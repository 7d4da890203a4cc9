// Reading a file the reader picked (or the shipped example) into the page's DuckDB, in the
// browser: nothing is uploaded. CSV goes to DuckDB's read_csv (types detected from the whole
// file, so a stray "12,50" makes a column text and a type check fails instead of the load);
// Parquet is decoded by hyparquet into Arrow (lib/contracts/parquetTable.ts), since the
// browser's DuckDB has no Parquet offline. Failures come back as {ok: false, message}: one
// line a person can act on, shown by the page, never an exception.
import {csvFailure, csvSelect, ident, sql} from "../../lib/sql/index.js";
import {parquetTable} from "../../lib/contracts/parquetTable.js";
import {track} from "../shell/duckdbClient.js";
import {contractStyles} from "./contractStyles.js";
import {csvMessage, parquetMessage, textProblem} from "./fileProblems.js";

/** The largest file the page reads: a browser tab holds the bytes, the decoded table and DuckDB's copy. */
export const maxBytes = 200 * 1024 * 1024;

let uploads = 0;

/** Where picked CSV files are registered in DuckDB's virtual file system: the only place it may read from (see confine). */
const uploadDirectory = "/fslab-uploads/";
const confined = new WeakSet();

/**
 * From the first file on, the engine reads files only under uploadDirectory: no URL (a
 * read_csv('https://…') would send a request from the reader's tab), no other path, and
 * its settings are locked, as `fslab check` confines its session to the data files. A
 * contract's `type: sql` rule is its author's SQL, run on the reader's data: it may compute
 * anything from the picked files, and reach nothing else. Irreversible for this engine.
 */
async function confine(engine) {
  if (confined.has(engine)) return;
  confined.add(engine);
  await engine.query(`SET allowed_directories = ['${uploadDirectory}']`);
  await engine.query("SET enable_external_access = false");
  await engine.query("SET lock_configuration = true");
}

/**
 * Loads `file` ({name, size, stream?() | arrayBuffer()}) into `table` of `engine`; `progress`
 * is a progressView. Resolves to {ok: true, format, rows, columns} or {ok: false, message}.
 */
export function loadUserFile(engine, file, table, progress) {
  return track(confine(engine).then(() => load(engine, file, table, progress)));
}

/** The table the i-th picked file is read into: your_data, then your_data_2, your_data_3, … */
export function tableOf(i) {
  return i === 0 ? "your_data" : `your_data_${i + 1}`;
}

/**
 * Loads several files, one after the other, the i-th into tableOf(i), each with its own
 * progressView (`progresses[i]`); resolves to their results in order (see loadUserFile).
 */
export async function loadUserFiles(engine, files, progresses) {
  return track(loadAll(engine, files, progresses));
}

async function loadAll(engine, files, progresses) {
  await confine(engine);
  // An earlier pick's tables go: a SQL rule sees the files picked now, and only them.
  const stale = (await engine.query("SELECT table_name FROM duckdb_tables() WHERE regexp_full_match(table_name, 'your_data(_[0-9]+)?')")).toArray().map((r) => String(r.table_name));
  for (const table of stale) await engine.query(sql`DROP TABLE IF EXISTS ${ident(table)}`);
  const out = [];
  for (const [i, file] of files.entries()) out.push(await loadUserFile(engine, file, tableOf(i), progresses[i]));
  return out;
}

/**
 * Drops the temporary views an earlier run left (runContract names each object's table by
 * the object's name and physicalName): a SQL rule then reaches an object only when a file
 * holds it now, never the file an earlier mapping gave that name.
 */
export async function dropRunViews(engine) {
  const views = (await engine.query("SELECT view_name FROM duckdb_views() WHERE temporary AND NOT internal")).toArray().map((r) => String(r.view_name));
  for (const view of views) await engine.query(`DROP VIEW IF EXISTS temp.main.${ident(view).text}`);
}

async function load(engine, file, table, progress) {
  const format = /\.(csv|tsv|txt)$/i.test(file.name) ? "csv" : /\.(parquet|parq|pq)$/i.test(file.name) ? "parquet" : null;
  if (!format) return fail(progress, `${file.name} is neither CSV (.csv) nor Parquet (.parquet): pick one of those.`);
  if (file.size === 0) return fail(progress, `${file.name} is empty (0 bytes): there is nothing to check.`);
  if (file.size > maxBytes) {
    return fail(progress, `${file.name} is ${megabytes(file.size)}; this page reads files up to ${megabytes(maxBytes)} in the browser. For larger files, run the same checks with the CLI: fslab check --contract CONTRACT.yaml --data ${format === "csv" ? "FILE.csv" : "FILE.parquet"}`);
  }
  try {
    const bytes = await readBytes(file, progress);
    if (format === "parquet") {
      progress.set(`decoding Parquet in the browser (hyparquet)…`, 0);
      let decoded;
      try {
        decoded = await parquetTable(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), {onProgress: async ({done, total, column}) => {
          progress.set(`decoding Parquet: column ${done} of ${total} (${column})`, done / total);
          await new Promise((resolve) => setTimeout(resolve, 0)); // let the page paint
        }});
      } catch (error) {
        return fail(progress, parquetMessage(error, file.name, bytes.length));
      }
      if (decoded.numCols === 0) return fail(progress, `${file.name} has no columns.`);
      progress.set(`loading ${decoded.numRows.toLocaleString("en-US")} rows into DuckDB…`, 1);
      await engine.loadArrow(table, decoded);
    } else {
      const problem = textProblem(bytes, file.name);
      if (problem) return fail(progress, problem);
      progress.set("DuckDB is reading the CSV…", 1);
      const virtual = `${uploadDirectory}upload-${++uploads}.csv`; // never the reader's file name: it may be anything
      await engine.registerFile(virtual, bytes);
      try {
        // lib/sql's csvSelect, the CLI's reader too: types from the whole file, never a skipped line, a ragged row named.
        const head = new TextDecoder().decode(bytes.subarray(0, 1 << 16));
        const read = await csvSelect(engine, virtual, head, {sampleSize: -1});
        if (!read.ok) return fail(progress, csvMessage(file.name, read.problem, virtual));
        try {
          await engine.query(`CREATE OR REPLACE TABLE ${ident(table).text} AS ${read.query}`);
        } catch (error) {
          return fail(progress, csvMessage(file.name, await csvFailure(engine, virtual, head, error), virtual));
        }
      } finally {
        // The table holds the rows now: the file's bytes go, so no later query (a SQL rule) reads an earlier pick.
        await engine.registerFile(virtual, new Uint8Array(0));
      }
    }
    const rows = Number((await engine.query(sql`SELECT count(*) AS n FROM ${ident(table)}`)).get(0).n);
    const columns = (await engine.query(sql`DESCRIBE ${ident(table)}`)).toArray().map((r) => ({name: String(r.column_name), type: String(r.column_type)}));
    if (columns.length === 0) return fail(progress, `${file.name} has no columns.`);
    const shape = `${plural(rows, "row")}${rows === 0 ? " (only a header)" : ""}, ${plural(columns.length, "column")}`;
    progress.done(`${file.name}: ${shape}, ${format === "csv" ? "read by DuckDB's read_csv" : "decoded by hyparquet"} in this tab`);
    return {ok: true, format, rows, columns, name: file.name};
  } catch (error) {
    return fail(progress, `${file.name} could not be read: ${firstLine(error)}`);
  }
}

/** The file's bytes, read in chunks so that large files show progress. */
async function readBytes(file, progress) {
  if (typeof file.stream !== "function") return new Uint8Array(await file.arrayBuffer());
  const out = new Uint8Array(file.size);
  let offset = 0;
  const reader = file.stream().getReader();
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    out.set(value, offset);
    offset += value.length;
    progress.set(`reading ${file.name}: ${megabytes(offset)} of ${megabytes(file.size)}`, offset / Math.max(1, file.size));
  }
  return offset === out.length ? out : out.subarray(0, offset);
}

function fail(progress, message) {
  progress.fail(message);
  return {ok: false, message};
}

/** A line with a progress bar: set(text, fraction), done(text), fail(text). */
export function progressView() {
  contractStyles();
  const node = document.createElement("div");
  node.className = "fslab-c-progress";
  node.dataset.fslab = "file-progress";
  const bar = document.createElement("progress");
  bar.max = 1;
  const label = document.createElement("span");
  node.append(bar, label);
  node.set = (text, fraction) => {
    node.dataset.state = "loading";
    bar.hidden = false;
    bar.value = fraction;
    label.textContent = text;
  };
  node.done = (text) => {
    node.dataset.state = "done";
    bar.hidden = true;
    label.textContent = `✓ ${text}`;
  };
  node.fail = (text) => {
    node.dataset.state = "failed";
    bar.hidden = true;
    node.className = "fslab-c-problem";
    label.textContent = text;
  };
  node.set("waiting for a file…", 0);
  return node;
}

function plural(n, word) {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

function megabytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0].trim();
}
