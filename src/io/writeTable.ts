import {tableToIPC, type Table} from "apache-arrow";
import {sqlStringLiteral} from "../../lib/sql/index.js";
import {createNativeEngine} from "../engines/index.js";
import {atomicWrite} from "./atomicWrite.js";
import {fileProblem} from "./fileProblem.js";
import {InputError} from "./inputError.js";
import {tableFormat, tableFormats, type TableFormat} from "./tableFormat.js";
import {writeCsv} from "./writeCsv.js";

/**
 * Writes `table` to `path` as Parquet (native DuckDB `COPY … TO`, one thread, insertion
 * order kept, zstd: the same table gives the same bytes), Arrow IPC (file format) or CSV
 * (see writeCsv). The format defaults to the path's extension. The file appears only
 * once complete: a failure leaves nothing at `path`.
 *
 * @example
 * await writeTable(world.txn_stats, "out/txn_stats.parquet") // undefined; the file exists
 */
export async function writeTable(table: Table, path: string, format: TableFormat = tableFormat(path)): Promise<void> {
  if (!tableFormats.includes(format)) throw new InputError(`writeTable: unknown format ${JSON.stringify(format)} (expected ${tableFormats.join(", ")})`);
  try {
    await atomicWrite(path, async (tempPath, handle) => {
      if (format === "arrow") await handle.write(tableToIPC(table, "file"));
      else if (format === "csv") await writeCsv(table, handle);
      else await writeParquet(table, tempPath);
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    const refused = /^loadArrow requires .*, got column (".*") of type (.*)$/.exec(oneLine(error));
    if (refused) throw new InputError(`cannot write ${path}: column ${refused[1]} has type ${refused[2]}, which fslab writes to .csv or .arrow but not to Parquet`);
    throw new InputError(`cannot write ${path}: ${fileProblem(error)}`);
  }
}

async function writeParquet(table: Table, path: string): Promise<void> {
  const engine = await createNativeEngine({threads: 1});
  try {
    await engine.query("SET preserve_insertion_order = true");
    await engine.loadArrow("fslab_write", table);
    await engine.query(`COPY fslab_write TO ${sqlStringLiteral(path)} (FORMAT parquet, COMPRESSION zstd)`);
  } finally {
    await engine.close();
  }
}

/**
 * The first line of an error's message.
 *
 * @example
 * oneLine(new Error("IO Error: no such file\nLINE 1: …")) // "IO Error: no such file"
 */
export function oneLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0]!.trim();
}
