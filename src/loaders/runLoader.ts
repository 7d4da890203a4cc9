import {Table, tableToIPC} from "apache-arrow";
// Only this module of src/io: its index loads native DuckDB, which a loader that does not read a file should not wait for.
import {InputError} from "../io/inputError.js";
import {LoaderError} from "./loaderError.js";

/** What a loader's body may return: an Arrow table (written as an Arrow IPC file), bytes or text. */
export type LoaderResult = Table | Uint8Array | string;

/**
 * The bytes a loader writes for `result`: an Arrow table as an Arrow IPC file, bytes and
 * text as they are. Refuses (LoaderError) what would ship an empty page: no bytes, a
 * table without columns or without rows.
 *
 * @example
 * loaderOutput("a,b\n1,2\n").byteLength // => 8
 */
export function loaderOutput(result: LoaderResult): Uint8Array {
  if (result instanceof Table) {
    if (result.schema.fields.length === 0) throw new LoaderError("the table has no columns");
    if (result.numRows === 0) throw new LoaderError(`the table has no rows (columns: ${result.schema.fields.map((f) => f.name).join(", ")})`);
    return tableToIPC(result, "file");
  }
  const bytes = typeof result === "string" ? new TextEncoder().encode(result) : result;
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`loaderOutput requires an Arrow Table, a Uint8Array or a string; got ${Object.prototype.toString.call(result)}`);
  if (bytes.byteLength === 0) throw new LoaderError("the output is empty (0 bytes)");
  return bytes;
}

/**
 * The one line a failed loader prints on stderr: `name: what went wrong`. A LoaderError or
 * InputError (a bad parameter or input) is told as it is; anything else is a bug and says so.
 *
 * @example
 * loaderFailure("data/yours/card_payments.arrow.ts", new LoaderError("cannot read x.parquet: no such file")) // => "data/yours/card_payments.arrow.ts: cannot read x.parquet: no such file"
 */
export function loaderFailure(name: string, error: unknown): string {
  const known = error instanceof LoaderError || error instanceof InputError;
  const line = String(error instanceof Error ? error.message : error).split("\n")[0]!.trim();
  return `${name}: ${known ? "" : "internal error: "}${line}`;
}

/**
 * Runs a data loader's body the way Observable Framework needs it: all of the output in one
 * write to stdout once it is complete, or, when `produce` throws or returns nothing worth
 * shipping, one line on stderr (loaderFailure) and exit code 2 (bad parameter or input) or
 * 3 (a bug), never a partial or empty file. `observable build` stops on a loader that exits
 * non-zero ("loader exited with code 2"), so a broken input fails the build; it would
 * publish an empty output without a word.
 *
 * @example
 * await runLoader("data/x.csv.ts", () => "a\n1\n") // writes "a\n1\n" to stdout
 */
export async function runLoader(name: string, produce: () => LoaderResult | Promise<LoaderResult>, io: LoaderIo = processIo): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = loaderOutput(await produce());
  } catch (error) {
    io.fail(loaderFailure(name, error), error instanceof LoaderError || error instanceof InputError ? 2 : 3);
    return;
  }
  io.write(bytes);
}

/** Where runLoader writes: stdout and stderr with an exit code, or a test's capture. */
export interface LoaderIo {
  write(bytes: Uint8Array): void;
  fail(line: string, exitCode: number): void;
}

const processIo: LoaderIo = {
  write: (bytes) => void process.stdout.write(bytes),
  fail: (line, exitCode) => {
    process.stderr.write(`${line}\n`);
    process.exitCode = exitCode;
  },
};
