import {mkdir, stat} from "node:fs/promises";
import {dirname, resolve} from "node:path";
import {fileProblem} from "./fileProblem.js";
import {InputError} from "./inputError.js";

/**
 * `mkdir -p` that always ends: Node's own recursive mkdir spins forever where a folder
 * exists but refuses children with ENOENT (under /proc, a dangling symbolic link), so
 * this creates the missing folders one by one, each refusal an InputError in words
 * ("cannot create folder /proc/x: /proc does not accept new folders").
 *
 * @example
 * await makeFolder("out/world") // undefined; out/ and out/world exist
 */
export async function makeFolder(path: string): Promise<void> {
  const fail = (why: string) => new InputError(`cannot create folder ${path}: ${why}`);
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw fail(fileProblem(error));
    });
    if (found?.isDirectory()) break;
    if (found) throw fail(`${at} is a file, not a folder`);
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    await mkdir(folder).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST" && (await stat(folder).catch(() => null))?.isDirectory()) return; // made meanwhile
      if (error.code === "EEXIST") throw fail(`${folder} exists and is not a folder (a file or a broken link)`);
      if (error.code === "ENOENT") throw fail(`${dirname(folder)} does not accept new folders`);
      throw fail(fileProblem(error));
    });
  }
}
