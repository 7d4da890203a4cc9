import {open, rename, rm} from "node:fs/promises";
import type {FileHandle} from "node:fs/promises";
import {basename, dirname, join} from "node:path";

let counter = 0;

/**
 * Writes `path` through a temporary file in the same folder, renamed into place only
 * when `write` succeeds: a failure never leaves a partial (or any new) file at `path`.
 * `write` receives the temporary file's path and an open handle to it.
 *
 * @example
 * await atomicWrite("out/a.txt", (_, handle) => handle.write("hi").then(() => {})) // out/a.txt holds "hi"
 */
export async function atomicWrite(path: string, write: (tempPath: string, handle: FileHandle) => Promise<void>): Promise<void> {
  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  const handle = await open(tempPath, "w");
  try {
    try {
      await write(tempPath, handle);
    } finally {
      await handle.close();
    }
    await rename(tempPath, path);
  } catch (error) {
    await rm(tempPath, {force: true});
    throw error;
  }
}
