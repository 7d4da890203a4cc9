import {stat} from "node:fs/promises";
import {fileProblem} from "./fileProblem.js";
import {InputError} from "./inputError.js";

/**
 * Checks that `path` is an existing, non-empty regular file before anything parses it,
 * so that a missing file, a folder or a 0-byte file gets one InputError in words
 * ("cannot read a.csv: no such file") instead of a parser's or DuckDB's message, and
 * so that DuckDB never sees a path that is not a local file (a URL; a pattern, when
 * `readByDuckDb`).
 *
 * @example
 * await checkInputFile("data/contracts/labels.yaml") // undefined
 */
export async function checkInputFile(path: string, {readByDuckDb = false}: {readByDuckDb?: boolean} = {}): Promise<void> {
  // DuckDB reads a name with * or ? as a pattern, even when a file has that very name, and would read every match.
  if (readByDuckDb && /[*?]/.test(path)) throw new InputError(`cannot read ${path}: fslab cannot read a file whose path holds * or ? (DuckDB reads it as a pattern); rename it`);
  const stats = await stat(path).catch((error: unknown) => {
    throw new InputError(`cannot read ${path}: ${fileProblem(error)}`);
  });
  if (stats.isDirectory()) throw new InputError(`cannot read ${path}: it is a folder, not a file`);
  if (!stats.isFile()) throw new InputError(`cannot read ${path}: it is not a regular file`);
  if (stats.size === 0) throw new InputError(`cannot read ${path}: the file is empty (0 bytes)`);
}
