import {rmSync} from "node:fs";
import {open, rename, rm} from "node:fs/promises";
import type {FileHandle} from "node:fs/promises";
import {basename, dirname, join} from "node:path";

let counter = 0;
/** Temporary files being written; removed if the process is interrupted meanwhile. */
const pending = new Set<string>();
const signals = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;

/**
 * Writes `path` through a temporary file in the same folder, renamed into place only
 * when `write` succeeds: a failure never leaves a partial (or any new) file at `path`,
 * and Ctrl-C (SIGINT, SIGTERM, SIGHUP) while writing removes the temporary file before
 * the process exits. `write` receives the temporary file's path and an open handle to it.
 *
 * @example
 * await atomicWrite("out/a.txt", (_, handle) => handle.write("hi").then(() => {})) // out/a.txt holds "hi"
 */
export async function atomicWrite(path: string, write: (tempPath: string, handle: FileHandle) => Promise<void>): Promise<void> {
  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  const handle = await open(tempPath, "w");
  track(tempPath);
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
  } finally {
    untrack(tempPath);
  }
}

// The handlers are installed only while a write is in progress, so that they never change
// how an idle process (a test runner, a page build) answers a signal.
function track(tempPath: string): void {
  if (pending.size === 0) for (const signal of Object.keys(signals) as (keyof typeof signals)[]) process.on(signal, interrupted);
  pending.add(tempPath);
}

function untrack(tempPath: string): void {
  pending.delete(tempPath);
  if (pending.size === 0) for (const signal of Object.keys(signals)) process.off(signal, interrupted);
}

function interrupted(signal: keyof typeof signals): void {
  for (const tempPath of pending) rmSync(tempPath, {force: true});
  process.exit(signals[signal]);
}
