// Two ways to run `fslab` in tests: in this process (fast; stdout and stderr captured by
// spies) and as the real executable in a child process, as a user or a CI job would.
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {vi} from "vitest";
import {main} from "../../../src/cli/main.js";

/** The project root, the working directory of `fslabProcess`. */
export const root = new URL("../../../", import.meta.url).pathname;

/** Runs `main(argv)` with process.stdout and process.stderr captured; resolves to its exit code and output. */
export async function fslabInProcess(...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = "", stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return {code: await main(argv), stdout, stderr};
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/**
 * Runs the real executable `node src/cli/fslab.js …args` from the project root. `code` is
 * null when the child was killed by a signal; `stderrLines` are stderr's non-empty lines.
 */
export function fslabProcess(...args: string[]): {code: number | null; stdout: string; stderr: string; stderrLines: string[]} {
  const run = spawnSync(process.execPath, [join(root, "src/cli/fslab.js"), ...args], {cwd: root, encoding: "utf8"});
  return {code: run.status, stdout: run.stdout, stderr: run.stderr, stderrLines: run.stderr.split("\n").filter(Boolean)};
}
