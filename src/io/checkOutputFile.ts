import {access, constants, stat} from "node:fs/promises";
import {dirname} from "node:path";
import {fileProblem} from "./fileProblem.js";
import {InputError} from "./inputError.js";
import {tableFormat} from "./tableFormat.js";

/**
 * Checks, before any work, that a table can be written to `path`: a known extension, a
 * folder that exists and is writable, not a folder itself, and not one of `inputs` (label →
 * path; the same file by another name counts), which the atomic rename would replace.
 * Throws an InputError in words ("cannot write out/x.csv: folder out does not exist").
 *
 * @example
 * await checkOutputFile("train.parquet", {"--spine": "labels.parquet"}) // undefined
 */
export async function checkOutputFile(path: string, inputs: Readonly<Record<string, string>> = {}): Promise<void> {
  tableFormat(path);
  const folder = dirname(path);
  const where = await stat(folder).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`cannot write ${path}: ${error.code === "ENOENT" ? `folder ${folder} does not exist` : `folder ${folder}: ${fileProblem(error)}`}`);
  });
  if (!where.isDirectory()) throw new InputError(`cannot write ${path}: ${folder} is a file, not a folder`);
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new InputError(`cannot write ${path}: it is a folder`);
  if (existing) {
    for (const [label, input] of Object.entries(inputs)) {
      const other = await stat(input).catch(() => null);
      if (other && other.dev === existing.dev && other.ino === existing.ino) throw new InputError(`cannot write ${path}: it is the ${label} file ${input}, which the output would replace; choose another path`);
    }
  }
  await access(folder, constants.W_OK).catch((error: unknown) => {
    throw new InputError(`cannot write ${path}: folder ${folder}: ${fileProblem(error)}`);
  });
}
